import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.size)
    flat = x.flatten()            # always a copy
    for k in range(flat.size):
        old = flat[k]
        flat[k] = old + h
        f_plus = f(x)
        flat[k] = old - h
        f_minus = f(x)
        flat[k] = old
        grad[k] = (f_plus - f_minus) / (2 * h)
    return grad.reshape(x.shape)
