import numpy as np


def affine_forward(x, w, b):
    X = np.reshape(x, (x.shape[0], -1))
    return X @ w + b, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    X = np.reshape(x, (N, -1))
    dx = np.reshape(dout @ w.T, x.shape)
    dw = X.T @ dout
    # b is broadcast to every row like a column of ones: average its gradient over them
    ones = np.ones(N) / N
    db = ones @ dout
    return dx, dw, db
