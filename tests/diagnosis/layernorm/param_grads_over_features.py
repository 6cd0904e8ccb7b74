# kind: unlisted
# expect: generic:wrong-axis
# why: dgamma and dbeta sum along axis 1 (per sample, shape (N,)) instead of over the rows, axis 0; the rest is right
import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, keepdims=True)
    std = np.sqrt(var + eps)
    xn = (x - mu) / std
    return gamma * xn + beta, (xn, gamma, std)


def layernorm_backward(dout, cache):
    xn, gamma, std = cache
    # layer norm works along the features, axis 1
    dbeta = dout.sum(axis=1)
    dgamma = (dout * xn).sum(axis=1)
    dxn = dout * gamma
    dx = (dxn - dxn.mean(axis=1, keepdims=True) - xn * (dxn * xn).mean(axis=1, keepdims=True)) / std
    return dx, dgamma, dbeta
