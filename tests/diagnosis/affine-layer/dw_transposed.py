# kind: unlisted
# expect: generic:transposed
# why: dw = dout.T @ X has shape (M, D), the transpose of the (D, M) gradient
import numpy as np


def affine_forward(x, w, b):
    X = x.reshape(x.shape[0], -1)
    return X @ w + b, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    X = x.reshape(x.shape[0], -1)
    dx = (dout @ w.T).reshape(x.shape)
    dw = dout.T @ X
    db = dout.sum(axis=0)
    return dx, dw, db
