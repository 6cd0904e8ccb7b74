import numpy as np


def relu_forward(x):
    out = np.maximum(0.0, x)
    return out, x


def relu_backward(dout, cache):
    x = cache
    return dout * (x > 0)           # the local derivative is 1 where x > 0 and 0 elsewhere
