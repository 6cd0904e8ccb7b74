import numpy as np


def affine_forward(x, w, b):
    N = x.shape[0]
    X = x.reshape(N, -1)
    D, M = w.shape
    out = np.zeros((N, M))
    for n in range(N):
        for m in range(M):
            out[n, m] = np.sum(X[n] * w[:, m]) + b[m]
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    X = x.reshape(N, -1)
    D, M = w.shape
    dx = np.zeros((N, D))
    dw = np.zeros((D, M))
    db = np.zeros(M)
    for n in range(N):
        for m in range(M):
            dx[n] += dout[n, m] * w[:, m]
            dw[:, m] += dout[n, m] * X[n]
            db[m] += dout[n, m]
    return dx, dw, db
