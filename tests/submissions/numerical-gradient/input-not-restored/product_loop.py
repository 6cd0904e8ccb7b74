import itertools

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for idx in itertools.product(*(range(n) for n in x.shape)):
        x[idx] = x[idx] + h
        a = f(x)
        x[idx] = x[idx] - 2 * h
        b = f(x)
        grad[idx] = (a - b) / (2 * h)
    return grad
