import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(T, dtype=np.float64)[:, None]
    j = np.arange(D, dtype=np.float64)[None, :]          # the column index itself, 2i or 2i + 1
    angle = t / 10000.0 ** (j / D)
    return np.where(j % 2 == 0, np.sin(angle), np.cos(angle))
