import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-8)
    mu = x.mean(axis=1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=1, keepdims=True)
    std = np.sqrt(var + eps)
    x_hat = (x - mu) / std
    out = gamma * x_hat + beta
    return out.astype(np.float64), (x_hat, gamma, std)


def layernorm_backward(dout, cache):
    x_hat, gamma, std = cache
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    a = dx_hat.mean(axis=1, keepdims=True)
    b = (dx_hat * x_hat).mean(axis=1, keepdims=True)
    dx = (dx_hat - a - x_hat * b) / std
    return dx.astype(np.float64), dgamma, dbeta
