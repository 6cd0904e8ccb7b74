# kind: unlisted
# expect: none
# why: dx = dout aliases the caller's array, and dx[x <= 0] = 0 writes zeros into dout (and dx is not a new array); values are right
import numpy as np


def relu_forward(x):
    return np.maximum(0, x), x


def relu_backward(dout, cache):
    x = cache
    dx = dout
    dx[x <= 0] = 0
    return dx
