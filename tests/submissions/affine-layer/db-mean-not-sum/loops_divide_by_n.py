import numpy as np


def affine_forward(x, w, b):
    N = x.shape[0]
    X = x.reshape(N, -1)
    out = np.empty((N, w.shape[1]))
    for i in range(N):
        out[i] = X[i] @ w + b
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    X = x.reshape(N, -1)
    dx = np.empty_like(X, dtype=float)
    dw = np.zeros(w.shape)
    db = np.zeros(b.shape)
    for i in range(N):
        dx[i] = w @ dout[i]
        dw += np.outer(X[i], dout[i])
        db += dout[i]
    db = db / N
    return dx.reshape(x.shape), dw, db
