import numpy as np


def _logsumexp(s):
    m = s.max(axis=-1, keepdims=True)
    return m + np.log(np.exp(s - m).sum(axis=-1, keepdims=True))


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    scores = np.einsum("nid,njd->nij", q, k) / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask[None, :, :], scores, -np.inf)
    weights = np.exp(scores - _logsumexp(scores))     # softmax as exp(s - logsumexp(s))
    out = np.einsum("nij,njd->nid", weights, v)
    return out, (q, k, v, weights)


def attention_backward(dout, cache):
    q, k, v, w = cache
    d = q.shape[-1]
    dv = np.einsum("nij,nid->njd", w, dout)
    dw = np.einsum("nid,njd->nij", dout, v)
    ds = w * (dw - np.einsum("nij,nij->ni", w, dw)[:, :, None])
    dq = np.einsum("nij,njd->nid", ds, k) / np.sqrt(d)
    dk = np.einsum("nij,nid->njd", ds, q) / np.sqrt(d)
    return dq, dk, dv
