import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(T)[:, None] * 1.0
    freq = 10000.0 ** (-2.0 * np.arange(D // 2) / D)
    return np.hstack([np.sin(t * freq), np.cos(t * freq)])
