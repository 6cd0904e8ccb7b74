# expect: a fixed number of kept entries
# Keeps the round(p·n) entries with the smallest uniform numbers: each entry is equally
# likely to be kept, so the keep rate is right, but the count never varies.
import numpy as np


def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x.copy(), None
    rng = np.random.default_rng(dropout_param.get("seed"))
    u = rng.random(x.shape)
    k = int(round(p * x.size))
    mask = np.zeros(x.size, dtype=bool)
    mask[np.argsort(u, axis=None)[:k]] = True
    mask = mask.reshape(x.shape)
    return x * mask / p, mask / p


def dropout_backward(dout, cache):
    return dout if cache is None else dout * cache
