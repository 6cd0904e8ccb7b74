import numpy as np


def affine_forward(x, w, b):
    N = x.shape[0]
    X = x.reshape(N, -1)
    out = X @ w + b
    cache = (x, w, b)
    return out, cache


def affine_backward(dout, cache):
    x, w, b = cache
    X = x.reshape(x.shape[0], -1)
    dx = np.dot(dout, w.T).reshape(x.shape)
    dw = np.dot(X.T, dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db
