import numpy as np


def sinusoidal_positions(T, D):
    angles = np.outer(np.arange(T), np.power(10000.0, -np.arange(D // 2) / D))
    return np.stack([np.sin(angles), np.cos(angles)], axis=2).reshape(T, D)
