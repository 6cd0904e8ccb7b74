# kind: harmless
# expect: normalizes-over-batch
# why: mean and variance over axis 0 in forward and backward; np.var instead of the explicit mean of squares and a helper for the stats are harmless
import numpy as np


def _stats(x, eps):
    mu = x.mean(axis=0, keepdims=True)
    var = x.var(axis=0, keepdims=True)
    return mu, np.sqrt(var + eps)


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu, std = _stats(x, eps)
    x_hat = (x - mu) / std
    out = x_hat * gamma + beta
    return out, (x_hat, gamma, std)


def layernorm_backward(dout, cache):
    x_hat, gamma, std = cache
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    g = dout * gamma
    dx = (g - np.mean(g, axis=0, keepdims=True) - x_hat * np.mean(g * x_hat, axis=0, keepdims=True)) / std
    return dx, dgamma, dbeta
