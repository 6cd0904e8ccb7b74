import numpy as np


def sigmoid(x):
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))


def sigmoid_backward(dout, x):
    out = sigmoid(x)
    s = sigmoid(out)                    # sigma'(out) instead of sigma'(x)
    return dout * s * (1.0 - s)
