import numpy as np


def sigmoid(x):
    # exp of -|x| only, so nothing overflows: for x >= 0 use 1 / (1 + e^-x), for x < 0 e^x / (1 + e^x)
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))    # mutant-ok(comparison): s(1 - s) is the same for σ(-x)


def sigmoid_backward(dout, x):
    s = sigmoid(x)
    return dout * s * (1.0 - s)         # chain rule: dL/dx = dL/dout * sigma'(x), sigma' = s (1 - s)
