import numpy as np


def numerical_gradient(f, x, h=1e-5):
    v = np.ravel(x)
    grad = np.zeros_like(v, dtype=float)
    for k, value in enumerate(v.tolist()):
        v[k] = value + h
        fp = f(x)
        v[k] = value - h
        fm = f(x)
        v[k] = value
        grad[k] = (fp - fm) / (2 * h)
    return grad.reshape(x.shape)
