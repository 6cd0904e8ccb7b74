import numpy as np


def dropout_forward(x, dropout_param):
    p = dropout_param["p"]
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    if dropout_param["mode"] == "train":
        mask = (np.random.rand(*x.shape) < p) / p
        return x * mask, ("train", mask)
    return p * x, ("test", p)


def dropout_backward(dout, cache):
    mode, factor = cache
    return dout * factor
