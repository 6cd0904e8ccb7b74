import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mean = np.mean(x, axis=1, keepdims=True)
    inv = 1.0 / np.sqrt(np.var(x, axis=1, keepdims=True) + eps)
    xn = (x - mean) * inv
    return xn * gamma + beta, (xn, inv, gamma)


def layernorm_backward(dout, cache):
    xn, inv, gamma = cache
    dx = dout * gamma * inv
    return dx, np.sum(dout * xn, axis=0), np.sum(dout, axis=0)
