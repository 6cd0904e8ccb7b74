import numpy as np


def affine_forward(x, w, b):
    N = x.shape[0]
    D, M = w.shape
    X = x.reshape(N, D)
    out = np.zeros((N, M))
    for n in range(N):
        for m in range(M):
            total = b[m]
            for d in range(D):
                total += X[n, d] * w[d, m]
            out[n, m] = total
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    D, M = w.shape
    X = x.reshape(N, D)
    dX = np.zeros((N, D))
    dw = np.zeros((D, M))
    db = np.zeros(M)
    for n in range(N):
        for m in range(M):
            g = dout[n, m]
            db[m] += g
            for d in range(D):
                dX[n, d] += g * w[d, m]
                dw[d, m] += X[n, d] * g
    return dX.reshape(x.shape), dw, db
