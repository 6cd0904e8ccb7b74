import numpy as np


def affine_forward(x, w, b):
    X = x.reshape(x.shape[0], -1)
    out = X @ w + b
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    X = x.reshape(x.shape[0], -1)
    dx = dout @ w.T
    dw = X.T @ dout
    db = dout.sum(axis=0)
    return dx, dw, db
