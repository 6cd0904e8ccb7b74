"""0.5 (1 + tanh u) is sigmoid(2u); written with a sigmoid that never exponentiates a positive number."""
import numpy as np

C = np.sqrt(2.0 / np.pi)
A = 0.044715


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def gelu_forward(x):
    x = np.asarray(x, dtype=float)
    s = _sigmoid(2.0 * C * (x + A * x ** 3))
    return x * s, (x, s)


def gelu_backward(dout, cache):
    x, s = cache
    # d/dx sigmoid(2u) = 2 s (1 - s) u'
    ds = 2.0 * s * (1.0 - s) * C * (1.0 + 3.0 * A * x ** 2)
    return dout * (s + x * ds)
