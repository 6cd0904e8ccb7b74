import numpy as np

K = np.sqrt(2 / np.pi)


def gelu_forward(x):
    t = np.tanh(K * (x + 0.044715 * x ** 3))
    return 0.5 * x * (1 + t), (x, t)


def gelu_backward(dout, cache):
    x, t = cache
    first = 0.5 * (1 + t)
    second = 0.5 * x * (1 - t ** 2) * K
    return dout * (first + second)
