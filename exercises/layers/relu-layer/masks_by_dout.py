# Mistake: masks-by-upstream-sign. The reference, with a ReLU applied to the gradient.
import numpy as np


def relu_forward(x):
    out = np.maximum(0.0, x)
    return out, x


def relu_backward(dout, cache):
    x = cache
    return np.maximum(0.0, dout)    # a ReLU applied to the gradient instead of a mask from x
