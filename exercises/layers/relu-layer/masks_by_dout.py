import numpy as np


def relu_forward(x):
    return np.maximum(0.0, x), x


def relu_backward(dout, cache):
    return np.maximum(0.0, dout)    # a ReLU applied to the gradient instead of a mask from x
