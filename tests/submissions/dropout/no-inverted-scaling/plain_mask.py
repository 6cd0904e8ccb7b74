import numpy as np


def dropout_forward(x, dropout_param):
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    if dropout_param["mode"] == "test":
        return x, None
    mask = np.random.rand(*x.shape) < dropout_param["p"]
    return x * mask, mask


def dropout_backward(dout, cache):
    if cache is None:
        return dout
    return dout * cache
