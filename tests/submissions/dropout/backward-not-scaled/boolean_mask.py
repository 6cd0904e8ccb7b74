import numpy as np


def dropout_forward(x, dropout_param):
    p = dropout_param["p"]
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    if dropout_param["mode"] == "test":
        return x.copy(), (None, p)
    keep = np.random.rand(*x.shape) < p
    return x * keep / p, (keep, p)


def dropout_backward(dout, cache):
    keep, p = cache
    if keep is None:
        return dout.copy()
    return dout * keep
