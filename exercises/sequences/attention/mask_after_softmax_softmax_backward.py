import numpy as np


def attention_forward(q, k, v, mask=None):
    d = q.shape[-1]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    if mask is not None:
        weights = weights * mask                                # zeroed after the softmax
    return weights @ v, (q, k, v, weights)


def attention_backward(dout, cache):
    q, k, v, weights = cache                                    # the usual softmax backward, on those weights
    d = q.shape[-1]
    dv = weights.transpose(0, 2, 1) @ dout
    dweights = dout @ v.transpose(0, 2, 1)
    dscores = weights * (dweights - (weights * dweights).sum(axis=-1, keepdims=True))
    return dscores @ k / np.sqrt(d), dscores.transpose(0, 2, 1) @ q / np.sqrt(d), dv
