import numpy as np


def affine_forward(x, w, b):
    flat = x.reshape(len(x), w.shape[0])
    out = np.einsum("nd,dm->nm", flat, w) + b[None, :]
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    flat = x.reshape(len(x), w.shape[0])
    dx = np.einsum("nm,dm->nd", dout, w).reshape(x.shape)
    dw = np.einsum("nd,nm->dm", flat, dout)
    db = np.einsum("nm->m", dout)
    return dx, dw, db
