# kind: harmless
# expect: scaled-by-d
# why: every product written with np.einsum (equivalent to the @ forms), but the scores are divided by d instead of sqrt(d), in dq and dk too
import numpy as np


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    scale = 1.0 / d
    scores = np.einsum("nid,njd->nij", q, k) * scale
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    m = scores.max(axis=-1, keepdims=True)
    e = np.exp(scores - m)
    weights = e / e.sum(axis=-1, keepdims=True)
    out = np.einsum("nij,njd->nid", weights, v)
    return out, (q, k, v, weights, scale)


def attention_backward(dout, cache):
    q, k, v, weights, scale = cache
    dv = np.einsum("nij,nid->njd", weights, dout)
    dweights = np.einsum("nid,njd->nij", dout, v)
    dscores = weights * (dweights - np.einsum("nij,nij->ni", weights, dweights)[..., None])
    dq = np.einsum("nij,njd->nid", dscores, k) * scale
    dk = np.einsum("nij,nid->njd", dscores, q) * scale
    return dq, dk, dv
