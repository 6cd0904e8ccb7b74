import numpy as np


def gelu_forward(x):
    k = np.sqrt(2 / np.pi)
    inner = k * (x + 0.044715 * np.power(x, 3))
    th = np.tanh(inner)
    return x * (1 + th) / 2, {"x": x.copy(), "th": th}


def gelu_backward(dout, cache):
    x, th = cache["x"], cache["th"]
    k = np.sqrt(2 / np.pi)
    sech2 = 1 - th * th
    dinner = k * (1 + 0.134145 * x * x)
    grad = (1 + th) / 2 + x * sech2 * dinner / 2
    return grad * dout
