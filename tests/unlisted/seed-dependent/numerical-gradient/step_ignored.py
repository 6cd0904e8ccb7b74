# Steps by a module constant EPS = 1e-5 and never reads h: the given steps were 1e-4 or 1e-3,
# drawn per case, which move centered differences by about the tolerance, so seeds that drew
# 1e-4 twice passed (2, 5, 6, 7).
# expect: on hidden case 'a coarse step size h, given
import numpy as np

EPS = 1e-5


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        e = np.zeros(x.shape)
        e[i] = EPS
        grad[i] = (f(x + e) - f(x - e)) / (2 * EPS)
    return grad
