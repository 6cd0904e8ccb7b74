import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    q, k, v = np.einsum("ntd,de->nte", x, Wq), np.einsum("ntd,de->nte", x, Wk), np.einsum("ntd,de->nte", x, Wv)
    s = np.einsum("nie,nje->nij", q, k) / np.sqrt(x.shape[-1])
    if mask is not None:
        s = np.where(mask, s, -1e9)
    s = s - s.max(-1, keepdims=True)
    w = np.exp(s)
    w /= w.sum(-1, keepdims=True)
    return np.einsum("nij,nje->nie", w, v) @ Wo
