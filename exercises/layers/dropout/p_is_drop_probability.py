import numpy as np


def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x.copy(), (dropout_param, None)
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) >= p            # p read as the probability of DROPPING
    out = np.where(keep, x / (1 - p), 0.0)
    return out, (dropout_param, keep)


def dropout_backward(dout, cache):
    dropout_param, keep = cache
    if dropout_param["mode"] == "test":
        return dout.copy()
    return np.where(keep, dout / (1 - dropout_param["p"]), 0.0)
