import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(T, dtype=np.float64)[:, None]
    i = np.arange(D // 2, dtype=np.float64)[None, :]
    w = 1.0 / 10000.0 ** (i / D)                          # i / D instead of 2i / D
    pe = np.empty((T, D))
    pe[:, 0::2] = np.sin(t * w)
    pe[:, 1::2] = np.cos(t * w)
    return pe
