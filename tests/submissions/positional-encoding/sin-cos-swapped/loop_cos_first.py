import numpy as np


def sinusoidal_positions(T, D):
    out = np.zeros((T, D))
    for i in range(0, D, 2):
        w = 10000.0 ** (-i / D)
        angles = np.arange(T) * w
        out[:, i] = np.cos(angles)
        out[:, i + 1] = np.sin(angles)
    return out
