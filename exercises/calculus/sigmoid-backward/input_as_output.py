# Mistake: treats-input-as-output. The reference, with the formula for the output s(1 - s) applied to the input.
import numpy as np


def sigmoid(x):
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))


def sigmoid_backward(dout, x):
    s = x                               # the mistake: x taken for the output sigmoid(x)
    return dout * s * (1.0 - s)
