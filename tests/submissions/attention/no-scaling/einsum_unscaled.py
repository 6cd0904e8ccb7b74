import numpy as np


def attention_forward(q, k, v, mask=None):
    s = np.einsum("bqd,bkd->bqk", q, k)
    if mask is not None:
        s = np.where(mask, s, -1e30)
    s = s - s.max(-1, keepdims=True)
    p = np.exp(s)
    p /= p.sum(-1, keepdims=True)
    return np.einsum("bqk,bkd->bqd", p, v), (q, k, v, p)


def attention_backward(dout, cache):
    q, k, v, p = cache
    dv = np.einsum("bqk,bqd->bkd", p, dout)
    dp = np.einsum("bqd,bkd->bqk", dout, v)
    ds = p * (dp - (p * dp).sum(-1, keepdims=True))
    return np.einsum("bqk,bkd->bqd", ds, k), np.einsum("bqk,bqd->bkd", ds, q), dv
