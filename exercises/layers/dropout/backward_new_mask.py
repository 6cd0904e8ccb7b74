import numpy as np


def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x.copy(), dropout_param
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) < p
    out = np.where(keep, x / p, 0.0)
    return out, dropout_param                  # the mask is not kept


def dropout_backward(dout, cache):
    dropout_param = cache
    p = dropout_param["p"]
    if dropout_param["mode"] == "test":
        return dout.copy()
    keep = np.random.default_rng().random(dout.shape) < p    # a fresh, unrelated mask
    return np.where(keep, dout / p, 0.0)
