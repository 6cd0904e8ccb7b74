import numpy as np


def apply_rope(x, offset=0, base=10000.0):
    N, T, D = x.shape
    theta = base ** (-np.arange(0, D, 2) / D)            # (D/2,): θ_i = base^(−2i/D)
    positions = np.arange(T)                             # positions restart at 0: offset unused
    angle = positions[:, None] * theta[None, :]          # (T, D/2)
    cos, sin = np.cos(angle), np.sin(angle)
    even, odd = x[..., 0::2], x[..., 1::2]               # pair i = (x[2i], x[2i+1])
    out = np.empty((N, T, D))
    out[..., 0::2] = even * cos - odd * sin
    out[..., 1::2] = even * sin + odd * cos
    return out
