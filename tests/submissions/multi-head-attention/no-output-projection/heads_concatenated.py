import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    N, T, D = x.shape
    d = D // num_heads
    split = lambda m: np.stack(np.split(m, num_heads, axis=-1), axis=1)    # (N, h, T, d)
    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    s = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    return np.concatenate(list(np.moveaxis(w @ v, 1, 0)), axis=-1)
