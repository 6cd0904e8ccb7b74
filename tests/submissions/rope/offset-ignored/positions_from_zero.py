import numpy as np


def apply_rope(x, offset=0, base=10000.0):
    N, T, D = x.shape
    result = x.copy()
    for i in range(D // 2):
        theta = base ** (-2 * i / D)
        angles = np.arange(T) * theta
        c, s = np.cos(angles)[None, :], np.sin(angles)[None, :]
        result[:, :, 2 * i] = x[:, :, 2 * i] * c - x[:, :, 2 * i + 1] * s
        result[:, :, 2 * i + 1] = x[:, :, 2 * i] * s + x[:, :, 2 * i + 1] * c
    return result
