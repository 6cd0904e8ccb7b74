import numpy as np


def affine_forward(x, w, b):
    # contract all of x's trailing axes with w's first axis, viewed in x's shape
    k = x.ndim - 1
    w_shaped = w.reshape(x.shape[1:] + (w.shape[1],))
    out = np.tensordot(x, w_shaped, axes=k) + b
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    k = x.ndim - 1
    w_shaped = w.reshape(x.shape[1:] + (w.shape[1],))
    dx = np.tensordot(dout, w_shaped, axes=([1], [k]))
    dw = np.tensordot(x, dout, axes=([0], [0])).reshape(w.shape)
    db = dout.sum(0)
    return dx, dw, db
