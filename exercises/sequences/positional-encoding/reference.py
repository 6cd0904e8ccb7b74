import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(T)[:, None]                                # (T, 1) positions
    two_i = np.arange(0, D, 2)[None, :]                      # (1, D/2) the even column indices 2i
    w = 1.0 / 10000.0 ** (two_i / D)                         # (1, D/2) angular frequencies
    pe = np.empty((T, D))                                    # float64
    pe[:, ::2] = np.sin(t * w)                               # column 2i
    pe[:, 1::2] = np.cos(t * w)                              # column 2i + 1, same frequency
    return pe
