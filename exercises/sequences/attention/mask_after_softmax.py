# Mistake: mask-after-softmax. The reference, zeroing the blocked weights after the softmax
# (out = (weights * keep) @ v), with a backward consistent with that forward.
import numpy as np


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)              # (N, Tq, Tk)
    scores = scores - scores.max(axis=-1, keepdims=True)        # stable softmax over the keys
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)     # (N, Tq, Tk), each row sums to 1
    keep = np.ones(weights.shape[-2:]) if mask is None else mask.astype(float)
    out = weights * keep @ v                                    # zeroed afterwards: rows no longer sum to 1
    cache = (q, k, v, weights, keep)
    return out, cache


def attention_backward(dout, cache):
    q, k, v, weights, keep = cache
    d = q.shape[-1]
    dv = (weights * keep).transpose(0, 2, 1) @ dout             # (N, Tk, d)
    dweights = dout @ v.transpose(0, 2, 1) * keep               # (N, Tq, Tk)
    # softmax backward, row by row: ds_j = p_j (dp_j - sum_i p_i dp_i); blocked keys have p = 0
    dscores = weights * (dweights - (weights * dweights).sum(axis=-1, keepdims=True))
    dq = dscores @ k / np.sqrt(d)                               # (N, Tq, d)
    dk = dscores.transpose(0, 2, 1) @ q / np.sqrt(d)            # (N, Tk, d)
    return dq, dk, dv
