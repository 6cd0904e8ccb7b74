import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.size)
    for k in range(x.size):
        x.flat[k] += h
        plus = f(x)
        x.flat[k] -= 2 * h
        minus = f(x)
        x.flat[k] += h           # "undo" the two steps
        grad[k] = (plus - minus) / (2 * h)
    return grad.reshape(x.shape)
