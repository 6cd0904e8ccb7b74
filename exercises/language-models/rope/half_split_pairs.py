import numpy as np


def apply_rope(x, offset=0, base=10000.0):
    N, T, D = x.shape
    theta = base ** (-np.arange(0, D, 2) / D)            # (D/2,): θ_i = base^(−2i/D)
    positions = offset + np.arange(T)                    # (T,): absolute positions
    angle = positions[:, None] * theta[None, :]          # (T, D/2)
    cos, sin = np.cos(angle), np.sin(angle)
    even, odd = x[..., :D // 2], x[..., D // 2:]         # pair i = (x[i], x[i + D/2]): the rotate-half layout
    out = np.empty((N, T, D))
    out[..., :D // 2] = even * cos - odd * sin
    out[..., D // 2:] = even * sin + odd * cos
    return out
