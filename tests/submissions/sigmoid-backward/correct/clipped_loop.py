import math

import numpy as np


def _sig(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)


def sigmoid_backward(dout, x):
    dx = np.empty(x.shape)
    for idx in np.ndindex(x.shape):
        s = _sig(float(x[idx]))
        dx[idx] = dout[idx] * s * (1 - s)
    return dx
