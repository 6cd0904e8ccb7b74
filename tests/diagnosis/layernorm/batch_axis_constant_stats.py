# kind: combined
# expect: normalizes-over-batch, statistics-treated-as-constants
# why: statistics along axis 0 (batch norm) and dx = dout * gamma / std as if mean and variance were constants
import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mean = np.mean(x, axis=0)
    var = np.var(x, axis=0)
    std = np.sqrt(var + eps)
    x_norm = (x - mean) / std
    out = gamma * x_norm + beta
    cache = (x_norm, gamma, std)
    return out, cache


def layernorm_backward(dout, cache):
    x_norm, gamma, std = cache
    dgamma = np.sum(dout * x_norm, axis=0)
    dbeta = np.sum(dout, axis=0)
    dx = dout * gamma / std
    return dx, dgamma, dbeta
