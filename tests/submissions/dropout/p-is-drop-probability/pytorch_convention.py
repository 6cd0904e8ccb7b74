import numpy as np


def dropout_forward(x, dropout_param):
    drop = dropout_param["p"]
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    if dropout_param["mode"] == "test":
        return x.copy(), (dropout_param, None)
    mask = (np.random.rand(*x.shape) > drop) / (1.0 - drop)
    return x * mask, (dropout_param, mask)


def dropout_backward(dout, cache):
    dropout_param, mask = cache
    return dout.copy() if mask is None else dout * mask
