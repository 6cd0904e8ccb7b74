import numpy as np


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
    scores = scores - scores.max(axis=-1, keepdims=True)
    probs = np.exp(scores)
    probs = probs / probs.sum(axis=-1, keepdims=True)           # softmax over every key
    keep = np.ones(probs.shape[-2:]) if mask is None else mask.astype(float)
    weights = probs * keep                                      # zeroed afterwards: rows no longer sum to 1
    return weights @ v, (q, k, v, probs, keep, weights)


def attention_backward(dout, cache):
    q, k, v, probs, keep, weights = cache                       # a backward consistent with that forward
    d = q.shape[-1]
    dv = weights.transpose(0, 2, 1) @ dout
    dprobs = (dout @ v.transpose(0, 2, 1)) * keep
    dscores = probs * (dprobs - (probs * dprobs).sum(axis=-1, keepdims=True))
    return dscores @ k / np.sqrt(d), dscores.transpose(0, 2, 1) @ q / np.sqrt(d), dv
