import numpy as np


def gelu_forward(x):
    u = np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)
    return 0.5 * x * (1 + np.tanh(u)), x


def gelu_backward(dout, cache):
    x = cache
    u = np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)
    # derivative of 0.5 * x * (1 + tanh) -> 0.5 * (1 + tanh)
    return dout * 0.5 * (1 + np.tanh(u))
