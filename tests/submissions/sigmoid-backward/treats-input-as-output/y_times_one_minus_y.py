import numpy as np


def sigmoid_backward(dout, x):
    return dout * (x - x ** 2)
