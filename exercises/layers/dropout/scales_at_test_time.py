import numpy as np


def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x * p, (dropout_param, None)     # the old, non-inverted test-time rule, applied twice
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) < p
    out = np.where(keep, x / p, 0.0)
    return out, (dropout_param, keep)


def dropout_backward(dout, cache):
    dropout_param, keep = cache
    if dropout_param["mode"] == "test":
        return dout * dropout_param["p"]
    return np.where(keep, dout / dropout_param["p"], 0.0)
