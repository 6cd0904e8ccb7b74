# Mistake: mask-inverted. The reference, with True in the mask treated as blocked.
import numpy as np


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)              # (N, Tq, Tk)
    if mask is not None:
        scores = np.where(mask, -np.inf, scores)                # blocked keys: weight exactly 0
    scores = scores - scores.max(axis=-1, keepdims=True)        # stable softmax over the keys
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)     # (N, Tq, Tk), each row sums to 1
    out = weights @ v                                           # (N, Tq, d)
    cache = (q, k, v, weights)
    return out, cache


def attention_backward(dout, cache):
    q, k, v, weights = cache
    d = q.shape[-1]
    dv = weights.transpose(0, 2, 1) @ dout                      # (N, Tk, d)
    dweights = dout @ v.transpose(0, 2, 1)                      # (N, Tq, Tk)
    # softmax backward, row by row: ds_j = p_j (dp_j - sum_i p_i dp_i); blocked keys have p = 0
    dscores = weights * (dweights - (weights * dweights).sum(axis=-1, keepdims=True))
    dq = dscores @ k / np.sqrt(d)                               # (N, Tq, d)
    dk = dscores.transpose(0, 2, 1) @ q / np.sqrt(d)            # (N, Tk, d)
    return dq, dk, dv
