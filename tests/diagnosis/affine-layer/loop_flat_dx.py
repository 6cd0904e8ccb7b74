# kind: harmless
# expect: dx-not-reshaped
# why: dx is left (N, D); the loop over samples for dw and the row-by-row db sum are equivalent to the reference
import numpy as np


def affine_forward(x, w, b):
    # flatten, multiply, add bias
    flat = x.reshape(x.shape[0], -1)
    scores = flat.dot(w)
    scores = scores + b
    return scores, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    n = x.shape[0]
    flat = x.reshape(n, -1)
    dw = np.zeros_like(w, dtype=np.float64)
    db = np.zeros_like(b, dtype=np.float64)
    for i in range(n):
        dw += np.outer(flat[i], dout[i])
        db += dout[i]
    dx = dout.dot(w.T)
    return dx, dw, db
