import numpy as np
def apply_rope(x, offset=0, base=10000.0):
    N, T, D = x.shape
    th = base ** (-np.arange(D // 2) / D)
    a = (offset + np.arange(T))[:, None] * th
    e, o = x[..., 0::2], x[..., 1::2]
    out = np.empty((N, T, D))
    out[..., 0::2] = e * np.cos(a) - o * np.sin(a)
    out[..., 1::2] = e * np.sin(a) + o * np.cos(a)
    return out
