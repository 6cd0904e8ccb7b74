import numpy as np


def rotate_half(x):
    h = x.shape[-1] // 2
    return np.concatenate([-x[..., h:], x[..., :h]], axis=-1)


def apply_rope(x, offset=0, base=10000.0):
    D = x.shape[-1]
    inv = 1.0 / base ** (np.arange(0, D, 2) / D)
    t = np.arange(x.shape[1]) + offset
    freqs = np.outer(t, inv)
    emb = np.concatenate([freqs, freqs], axis=-1)
    return x * np.cos(emb) + rotate_half(x) * np.sin(emb)
