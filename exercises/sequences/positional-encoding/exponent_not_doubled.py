# Mistake: exponent-not-doubled. The reference, with i / D in the exponent instead of 2i / D.
import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(T)[:, None]
    two_i = np.arange(0, D // 2)[None, :]     # the mistake: 0, 1, 2, ..., i, not 0, 2, 4, ..., 2i
    w = 1.0 / 10000.0 ** (two_i / D)
    pe = np.empty((T, D))
    pe[:, ::2] = np.sin(t * w)
    pe[:, 1::2] = np.cos(t * w)
    return pe
