import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    flat = x.reshape(-1)          # a view of x only when x is contiguous; otherwise a copy
    g = grad.reshape(-1)
    for k in range(flat.size):
        old = flat[k]
        flat[k] = old + h
        f_plus = f(x)
        flat[k] = old - h
        f_minus = f(x)
        flat[k] = old
        g[k] = (f_plus - f_minus) / (2 * h)
    return grad
