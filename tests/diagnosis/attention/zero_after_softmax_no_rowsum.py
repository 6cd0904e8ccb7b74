# kind: combined
# expect: mask-after-softmax, softmax-backward-no-sum
# why: softmax over all keys, then blocked weights multiplied by 0 (rows no longer sum to 1); the backward also drops the rowsum term of the softmax derivative
import numpy as np


def attention_forward(q, k, v, mask=None):
    N, Tq, d = q.shape
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    if mask is not None:
        weights = np.where(mask, weights, 0.0)   # drop the blocked keys
    out = weights @ v
    cache = {"q": q, "k": k, "v": v, "weights": weights}
    return out, cache


def attention_backward(dout, cache):
    q, k, v, weights = cache["q"], cache["k"], cache["v"], cache["weights"]
    d = q.shape[-1]
    dv = weights.transpose(0, 2, 1) @ dout
    dweights = dout @ v.transpose(0, 2, 1)
    dscores = weights * dweights
    dq = dscores @ k / np.sqrt(d)
    dk = dscores.transpose(0, 2, 1) @ q / np.sqrt(d)
    return dq, dk, dv
