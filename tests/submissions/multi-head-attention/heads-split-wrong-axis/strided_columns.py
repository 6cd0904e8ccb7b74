import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    D = x.shape[-1]
    d = D // num_heads
    Q, K, V = x @ Wq, x @ Wk, x @ Wv
    concat = np.zeros_like(Q)
    for j in range(num_heads):
        cols = np.arange(j, D, num_heads)             # every num_heads-th column
        s = Q[..., cols] @ np.swapaxes(K[..., cols], 1, 2) / np.sqrt(d)
        if mask is not None:
            s = np.where(mask, s, -np.inf)
        w = np.exp(s - s.max(axis=-1, keepdims=True))
        w = w / w.sum(axis=-1, keepdims=True)
        concat[..., cols] = w @ V[..., cols]
    return concat @ Wo
