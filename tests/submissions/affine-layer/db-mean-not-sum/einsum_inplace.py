import numpy as np


def affine_forward(x, w, b):
    X = x.reshape(x.shape[0], -1)
    return np.einsum("nd,dm->nm", X, w) + b, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    N = dout.shape[0]
    X = x.reshape(N, -1)
    dx = np.einsum("nm,dm->nd", dout, w).reshape(x.shape)
    dw = np.einsum("nd,nm->dm", X, dout)
    db = dout.sum(axis=0)
    db /= N
    return dx, dw, db
