# Mistake: sin-cos-swapped. The reference, with cosines in the even columns and sines in the odd ones.
import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(T)[:, None]
    two_i = np.arange(0, D, 2)[None, :]
    w = 1.0 / 10000.0 ** (two_i / D)
    pe = np.empty((T, D))
    pe[:, ::2] = np.cos(t * w)                # the mistake: cos in column 2i
    pe[:, 1::2] = np.sin(t * w)               # the mistake: sin in column 2i + 1
    return pe
