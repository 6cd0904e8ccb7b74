import numpy as np


def sinusoidal_positions(T, D):
    positions = np.arange(T).reshape(-1, 1).astype(np.float64)
    inv_freq = np.exp(-np.log(10000.0) * np.arange(0, D, 2) / D)
    angles = positions @ inv_freq.reshape(1, -1)                    # (T, D/2)
    return np.stack([np.sin(angles), np.cos(angles)], axis=-1).reshape(T, D)
