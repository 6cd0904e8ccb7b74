import numpy as np


def sinusoidal_positions(T, D):
    positions = np.arange(T, dtype=np.float64).reshape(-1, 1)
    inv_freq = np.exp(-np.log(10000.0) * np.arange(0, D, 2))
    angles = positions * inv_freq
    pe = np.zeros((T, D))
    pe[:, ::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe
