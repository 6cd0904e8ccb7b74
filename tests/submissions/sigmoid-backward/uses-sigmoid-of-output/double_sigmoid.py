import numpy as np


def sig(v):
    return 0.5 * (1.0 + np.tanh(0.5 * v))


def sigmoid_backward(dout, x):
    y = sig(x)                      # forward output
    return dout * sig(y) * (1 - sig(y))
