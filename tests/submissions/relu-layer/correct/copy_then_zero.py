import numpy as np


def relu_forward(x):
    out = x.copy()
    out[out < 0] = 0
    cache = x
    return out, cache


def relu_backward(dout, cache):
    x = cache
    dx = dout.copy()            # a copy: the caller's dout must not change
    dx[x <= 0] = 0
    return dx
