import numpy as np


def affine_forward(x, w, b):
    X = x.reshape(x.shape[0], -1)
    return X @ w + b, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    X = x.reshape(N, -1)
    dx = (dout @ w.T).reshape(x.shape)
    # average the parameter gradients over the batch
    dw = X.T @ dout / N
    db = dout.sum(axis=0) / N
    return dx, dw, db
