# expect: spread of 10^-2
# one-pass variance E[x^2] - E[x]^2, which cancels catastrophically (even goes negative) for rows with a large mean relative to their spread
import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1, keepdims=True)
    var = (x * x).mean(axis=1, keepdims=True) - mu * mu
    std = np.sqrt(var + eps)
    xh = (x - mu) / std
    return gamma * xh + beta, (xh, gamma, std)


def layernorm_backward(dout, cache):
    xh, gamma, std = cache
    g = dout * gamma
    dx = (g - g.mean(axis=1, keepdims=True) - xh * (g * xh).mean(axis=1, keepdims=True)) / std
    return dx, (dout * xh).sum(axis=0), dout.sum(axis=0)
