# Mistake: exponent-not-divided-by-d. The reference, with frequencies 1 / 10000^(2i): the /D is missing.
import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(T)[:, None]
    two_i = np.arange(0, D, 2)[None, :]
    w = 1.0 / 10000.0 ** two_i                # the mistake: two_i, not two_i / D
    pe = np.empty((T, D))
    pe[:, ::2] = np.sin(t * w)
    pe[:, 1::2] = np.cos(t * w)
    return pe
