import numpy as np


def affine_forward(x, w, b):
    X = x.reshape(len(x), -1)
    return np.einsum("nd,dm->nm", X, w) + b, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    X = x.reshape(len(x), -1)
    dx = np.einsum("nm,dm->nd", dout, w)
    dw = np.einsum("nd,nm->dm", X, dout)
    db = np.einsum("nm->m", dout)
    return dx, dw, db
