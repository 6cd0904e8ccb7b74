# Mistake: forward-difference (backward). The reference with the one-sided difference (f(x) - f(x - h e_i)) / h.
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        e = np.zeros(x.shape)
        e[i] = h
        grad[i] = (f(x) - f(x - e)) / h     # the mistake: backward, not central
    return grad
