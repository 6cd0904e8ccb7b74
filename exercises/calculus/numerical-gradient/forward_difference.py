# Mistake: forward-difference. The reference with the one-sided difference (f(x + h e_i) - f(x)) / h.
import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        e = np.zeros(x.shape)
        e[i] = h
        grad[i] = (f(x + e) - f(x)) / h     # the mistake: forward, not central
    return grad
