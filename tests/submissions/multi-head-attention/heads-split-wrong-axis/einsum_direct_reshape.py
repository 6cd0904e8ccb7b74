import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    n, t, D = x.shape
    d = D // num_heads
    q = (x @ Wq).reshape(n, num_heads, t, d)
    k = (x @ Wk).reshape(n, num_heads, t, d)
    v = (x @ Wv).reshape(n, num_heads, t, d)
    s = np.einsum("nhic,nhjc->nhij", q, k) / np.sqrt(d)
    if mask is not None:
        s = np.where(mask, s, -1e9)
    s = np.exp(s - s.max(axis=-1, keepdims=True))
    w = s / s.sum(axis=-1, keepdims=True)
    return np.einsum("nhij,nhjc->nhic", w, v).reshape(n, t, D) @ Wo
