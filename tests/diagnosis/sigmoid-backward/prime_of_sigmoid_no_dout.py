# kind: combined
# expect: uses-sigmoid-of-output, ignores-dout
# why: computes out = sigmoid(x), then passes out to a helper that applies sigmoid again (sigmoid'(sigmoid(x))), and returns that local factor without multiplying by dout
import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def _sigmoid_prime(z):
    s = _sigmoid(z)
    return s * (1 - s)


def sigmoid_backward(dout, x):
    out = _sigmoid(x)
    dx = _sigmoid_prime(out)
    return dx
