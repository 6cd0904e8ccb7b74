# Mistake: halves-not-interleaved. The reference, with all the sines first, then all the cosines.
import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(T)[:, None]
    two_i = np.arange(0, D, 2)[None, :]
    w = 1.0 / 10000.0 ** (two_i / D)
    pe = np.empty((T, D))
    pe[:, :D // 2] = np.sin(t * w)            # the mistake: the first half, not the even columns
    pe[:, D // 2:] = np.cos(t * w)            # the mistake: the second half, not the odd columns
    return pe
