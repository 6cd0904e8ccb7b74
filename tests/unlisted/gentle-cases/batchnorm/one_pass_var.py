# expect: spread of 10^-2
# one-pass variance E[x^2] - E[x]^2, which cancels catastrophically (even goes negative) for columns with a large mean relative to their spread
import numpy as np


def batchnorm_forward(x, gamma, beta, bn_param):
    D = x.shape[1]
    eps = bn_param.get("eps", 1e-5)
    m = bn_param.get("momentum", 0.9)
    rm = bn_param.get("running_mean", np.zeros(D))
    rv = bn_param.get("running_var", np.zeros(D))
    if bn_param["mode"] == "train":
        mu = x.mean(axis=0)
        var = (x * x).mean(axis=0) - mu * mu
        std = np.sqrt(var + eps)
        xh = (x - mu) / std
        bn_param["running_mean"] = m * rm + (1 - m) * mu
        bn_param["running_var"] = m * rv + (1 - m) * var
        return gamma * xh + beta, (xh, gamma, std)
    return gamma * (x - rm) / np.sqrt(rv + eps) + beta, None


def batchnorm_backward(dout, cache):
    xh, gamma, std = cache
    N = dout.shape[0]
    dxh = dout * gamma
    dx = (dxh - dxh.mean(axis=0) - xh * (dxh * xh).mean(axis=0)) / std
    return dx, (dout * xh).sum(axis=0), dout.sum(axis=0)
