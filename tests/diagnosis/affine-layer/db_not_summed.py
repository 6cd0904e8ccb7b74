# kind: unlisted
# expect: generic:missing-sum
# why: db = dout keeps the batch axis (N, M); b was broadcast over the rows, so it must be summed over axis 0
import numpy as np


def affine_forward(x, w, b):
    N = x.shape[0]
    out = x.reshape(N, -1) @ w + b
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    dx = (dout @ w.T).reshape(x.shape)
    dw = x.reshape(N, -1).T @ dout
    db = dout.copy()          # out = Xw + b, so d out / d b = 1
    return dx, dw, db
