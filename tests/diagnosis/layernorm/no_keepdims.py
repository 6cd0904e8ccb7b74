# kind: unlisted
# expect: generic:missing-keepdims
# why: the row statistics have shape (N,) without keepdims, so x - mu lines them up with the feature axis (fails when N != D)
import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1)
    var = ((x - mu) ** 2).mean(axis=1)
    std = np.sqrt(var + eps)
    x_hat = (x - mu) / std
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, std)


def layernorm_backward(dout, cache):
    x_hat, gamma, std = cache
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    a = dx_hat.mean(axis=1)
    b = (dx_hat * x_hat).mean(axis=1)
    dx = (dx_hat - a - x_hat * b) / std
    return dx, dgamma, dbeta
