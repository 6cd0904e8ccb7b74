# expect: a setting is exactly 0
# eps read as `ln_param.get("eps") or 1e-5`, so eps=0 silently becomes 1e-5
import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps") or 1e-5
    mu = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, keepdims=True)
    std = np.sqrt(var + eps)
    xh = (x - mu) / std
    return gamma * xh + beta, (xh, gamma, std)


def layernorm_backward(dout, cache):
    xh, gamma, std = cache
    g = dout * gamma
    dx = (g - g.mean(axis=1, keepdims=True) - xh * (g * xh).mean(axis=1, keepdims=True)) / std
    return dx, (dout * xh).sum(axis=0), dout.sum(axis=0)
