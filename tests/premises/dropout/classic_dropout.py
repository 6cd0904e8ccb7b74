import numpy as np


def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x * (1 - p), (dropout_param, None)
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = rng.random(x.shape) >= p          # drop with probability p
    return x * mask, (dropout_param, mask)


def dropout_backward(dout, cache):
    dropout_param, mask = cache
    if dropout_param["mode"] == "test":
        return dout * (1 - dropout_param["p"])
    return dout * mask
