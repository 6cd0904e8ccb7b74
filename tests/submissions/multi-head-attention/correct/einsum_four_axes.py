import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    n, t, D = x.shape
    h = num_heads
    d = D // h
    q = np.einsum("ntd,de->nte", x, Wq).reshape(n, t, h, d)
    k = np.einsum("ntd,de->nte", x, Wk).reshape(n, t, h, d)
    v = np.einsum("ntd,de->nte", x, Wv).reshape(n, t, h, d)
    scores = np.einsum("nihc,njhc->nhij", q, k) / d ** 0.5
    if mask is not None:
        scores = np.where(mask[None, None], scores, -np.inf)
    m = np.max(scores, axis=3, keepdims=True)
    w = np.exp(scores - m)
    w /= np.sum(w, axis=3, keepdims=True)
    ctx = np.einsum("nhij,njhc->nihc", w, v).reshape(n, t, D)
    return np.einsum("nte,ef->ntf", ctx, Wo)
