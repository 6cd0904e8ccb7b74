# kind: unlisted
# expect: generic:underflow-on-large-inputs
# expect: generic:non-finite-on-large-inputs
# why: the row maximum is taken before masking, so when blocked scores are far above the allowed ones every allowed exp(s - max) underflows to 0 and the row is 0/0 = NaN
import numpy as np


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
    scores = scores - scores.max(axis=-1, keepdims=True)      # stability first
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ v, (q, k, v, weights)


def attention_backward(dout, cache):
    q, k, v, weights = cache
    d = q.shape[-1]
    dv = weights.transpose(0, 2, 1) @ dout
    dweights = dout @ v.transpose(0, 2, 1)
    dscores = weights * (dweights - (weights * dweights).sum(axis=-1, keepdims=True))
    return dscores @ k / np.sqrt(d), dscores.transpose(0, 2, 1) @ q / np.sqrt(d), dv
