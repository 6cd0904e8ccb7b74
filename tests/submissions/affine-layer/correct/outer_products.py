import numpy as np


def affine_forward(x, w, b):
    X = np.reshape(x, (x.shape[0], np.prod(x.shape[1:], dtype=int)))
    return X.dot(w) + b, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    X = np.reshape(x, (x.shape[0], -1))
    dw = np.zeros_like(w, dtype=float)
    db = np.zeros_like(b, dtype=float)
    dx = np.empty(x.shape)
    for n in range(x.shape[0]):
        dw += np.outer(X[n], dout[n])     # each example adds its own contribution
        db += dout[n]
        dx[n] = (w @ dout[n]).reshape(x.shape[1:])
    return dx, dw, db
