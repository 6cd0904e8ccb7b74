import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):           # every multi-index of x, whatever its shape
        e = np.zeros(x.shape)
        e[i] = h                            # h * e_i: h at index i, 0 elsewhere
        grad[i] = (f(x + e) - f(x - e)) / (2 * h)
    return grad                             # x + e and x - e are new arrays: x is never touched
