import numpy as np


def sigmoid_backward(dout, x):
    return dout * x * (1.0 - x)         # the formula for the output, applied to the input
