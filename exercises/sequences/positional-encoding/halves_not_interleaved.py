import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(T, dtype=np.float64)[:, None]
    w = 1.0 / 10000.0 ** (np.arange(0, D, 2) / D)
    return np.concatenate([np.sin(t * w), np.cos(t * w)], axis=1)   # all sines, then all cosines
