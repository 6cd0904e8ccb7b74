import numpy as np


def attention_forward(q, k, v, mask=None):
    N = q.shape[0]
    scores = np.stack([q[n] @ k[n].T for n in range(N)]) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores[:, mask] = -np.inf                     # True taken to mean "masked out"
    scores = scores - scores.max(axis=-1, keepdims=True)
    p = np.exp(scores)
    p = p / p.sum(axis=-1, keepdims=True)
    return np.stack([p[n] @ v[n] for n in range(N)]), (q, k, v, p)


def attention_backward(dout, cache):
    q, k, v, p = cache
    s = np.sqrt(q.shape[-1])
    dv = np.einsum("nij,nid->njd", p, dout)
    dp = np.einsum("nid,njd->nij", dout, v)
    ds = p * (dp - np.sum(p * dp, axis=-1, keepdims=True))
    return np.einsum("nij,njd->nid", ds, k) / s, np.einsum("nij,nid->njd", ds, q) / s, dv
