import numpy as np


def attention_forward(q, k, v, mask=None):
    dim = q.shape[2]
    scores = np.matmul(q, k.swapaxes(-1, -2)) * (1.0 / dim)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores -= scores.max(axis=2, keepdims=True)
    w = np.exp(scores)
    w /= w.sum(axis=2, keepdims=True)
    return np.matmul(w, v), (q, k, v, w, dim)


def attention_backward(dout, cache):
    q, k, v, w, dim = cache
    dv = np.matmul(w.swapaxes(1, 2), dout)
    dw = np.matmul(dout, v.swapaxes(1, 2))
    ds = w * dw - w * (w * dw).sum(axis=2, keepdims=True)
    ds = ds / dim
    return np.matmul(ds, k), np.matmul(ds.swapaxes(1, 2), q), dv
