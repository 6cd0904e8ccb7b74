# kind: unlisted
# expect: generic:constant-factor
# why: the forward divides the scores by sqrt(d) correctly, but the backward forgets that factor in dq and dk, which come out sqrt(d) times too large (out and dv are right)
import numpy as np


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ v, (q, k, v, weights)


def attention_backward(dout, cache):
    q, k, v, weights = cache
    dv = weights.transpose(0, 2, 1) @ dout
    dweights = dout @ v.transpose(0, 2, 1)
    dscores = weights * (dweights - (weights * dweights).sum(axis=-1, keepdims=True))
    dq = dscores @ k
    dk = dscores.transpose(0, 2, 1) @ q
    return dq, dk, dv
