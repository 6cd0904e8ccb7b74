import numpy as np


def affine_forward(x, w, b):
    X = x.reshape(x.shape[0], -1)
    return X.dot(w) + b, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    X = x.reshape(x.shape[0], -1)
    dx = dout.dot(w.T).reshape(x.shape)
    dw = X.T.dot(dout)
    db = dout * 1.0      # d(out)/d(b) is 1
    return dx, dw, db
