import numpy as np


def dropout_forward(x, dropout_param):
    p = dropout_param["p"]
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    if dropout_param["mode"] == "test":
        return x.copy(), dropout_param
    mask = (np.random.rand(*x.shape) < p) / p
    return x * mask, dropout_param


def dropout_backward(dout, cache):
    if cache["mode"] == "test":
        return dout.copy()
    p = cache["p"]
    mask = (np.random.rand(*dout.shape) < p) / p
    return dout * mask
