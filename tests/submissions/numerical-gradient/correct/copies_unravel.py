import numpy as np


def numerical_gradient(f, x, h=1e-5):
    g = np.empty(x.shape, dtype=np.float64)
    for k in range(x.size):
        idx = np.unravel_index(k, x.shape)
        up = x.copy()
        down = x.copy()
        up[idx] += h
        down[idx] -= h
        g[idx] = (f(up) - f(down)) / (2.0 * h)
    return g
