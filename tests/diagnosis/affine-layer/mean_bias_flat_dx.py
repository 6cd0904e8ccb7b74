# kind: combined
# expect: db-mean-not-sum, dx-not-reshaped
# why: averages dout over the batch for db, and returns dx in the flattened (N, D) shape
import numpy as np


def affine_forward(x, w, b):
    N = x.shape[0]
    X = x.reshape(N, -1)
    out = X @ w + b
    cache = (x, w, b)
    return out, cache


def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    X = x.reshape(N, -1)
    dx = dout @ w.T              # (N, D)
    dw = X.T @ dout              # (D, M)
    db = np.mean(dout, axis=0)   # (M,)
    return dx, dw, db
