# A learner keeps the flattened x per id(x) so the forward pass does not reshape twice; the same array with new values is flattened stale.
import numpy as np

_flat = {}


def affine_forward(x, w, b):
    if id(x) not in _flat:
        _flat[id(x)] = x.reshape(x.shape[0], -1).copy()
    out = _flat[id(x)] @ w + b
    return out, (x, w, b)


def affine_backward(dout, cache):
    x, w, b = cache
    dx = (dout @ w.T).reshape(x.shape)
    dw = x.reshape(x.shape[0], -1).T @ dout
    db = dout.sum(axis=0)
    return dx, dw, db
