import numpy as np


def affine_forward(x, w, b):
    x_flat = x.reshape(x.shape[0], -1)
    out = np.dot(x_flat, w) + b
    cache = (x_flat, w, b)       # keep the flattened input, it's what backward needs
    return out, cache


def affine_backward(dout, cache):
    x, w, b = cache
    dx = np.dot(dout, w.T).reshape(x.shape)
    dw = np.dot(x.T, dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db
