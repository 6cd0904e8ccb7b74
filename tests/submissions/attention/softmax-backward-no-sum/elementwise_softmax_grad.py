import numpy as np


def attention_forward(q, k, v, mask=None):
    scale = np.sqrt(q.shape[-1])
    scores = np.einsum("nid,njd->nij", q, k) / scale
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = e / e.sum(axis=-1, keepdims=True)
    return np.einsum("nij,njd->nid", weights, v), (q, k, v, weights, scale)


def attention_backward(dout, cache):
    q, k, v, weights, scale = cache
    dv = np.einsum("nij,nid->njd", weights, dout)
    dweights = np.einsum("nid,njd->nij", dout, v)
    dscores = dweights * weights                      # as if d softmax = softmax
    dq = np.einsum("nij,njd->nid", dscores, k) / scale
    dk = np.einsum("nij,nid->njd", dscores, q) / scale
    return dq, dk, dv
