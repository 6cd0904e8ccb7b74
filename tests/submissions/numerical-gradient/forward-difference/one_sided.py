import numpy as np


def numerical_gradient(f, x, h=1e-5):
    base = f(x)
    out = np.zeros(x.shape)
    for k in range(x.size):
        i = np.unravel_index(k, x.shape)
        shifted = np.array(x, copy=True)
        shifted[i] = shifted[i] + h
        out[i] = (f(shifted) - base) / h
    return out
