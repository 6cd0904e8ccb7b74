import numpy as np


def _softmax(s):
    s = s - s.max(axis=-1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(axis=-1, keepdims=True)


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    D = x.shape[-1]
    d = D // num_heads
    heads = []
    for j in range(num_heads):
        cols = slice(j * d, (j + 1) * d)
        q = x @ Wq[:, cols]                       # this head's own (D, d) projections
        k = x @ Wk[:, cols]
        v = x @ Wv[:, cols]
        s = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
        if mask is not None:
            s = np.where(mask, s, -1e30)
        heads.append(_softmax(s) @ v)
    return np.concatenate(heads, axis=-1) @ Wo
