# The statement's rule: build a new array. dx = dout; dx[x <= 0] = 0 zeroes the caller's
# dout too.
# expect: dout
import numpy as np


def relu_forward(x):
    return np.maximum(x, 0.0), x


def relu_backward(dout, cache):
    dx = dout
    dx[cache <= 0] = 0.0
    return dx
