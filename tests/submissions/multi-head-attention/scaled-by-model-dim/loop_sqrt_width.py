import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    D = x.shape[-1]
    d = D // num_heads
    outs = []
    for j in range(num_heads):
        c = slice(j * d, (j + 1) * d)
        q, k, v = x @ Wq[:, c], x @ Wk[:, c], x @ Wv[:, c]
        s = q @ k.transpose(0, 2, 1) / np.sqrt(D)
        if mask is not None:
            s[:, ~mask] = -np.inf
        s = s - s.max(axis=2, keepdims=True)
        w = np.exp(s) / np.exp(s).sum(axis=2, keepdims=True)
        outs.append(w @ v)
    return np.concatenate(outs, axis=2) @ Wo
