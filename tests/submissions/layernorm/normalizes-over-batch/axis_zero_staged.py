import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    N = x.shape[0]
    mu = np.sum(x, axis=0) / N
    xc = x - mu
    var = np.sum(xc ** 2, axis=0) / N
    istd = 1.0 / np.sqrt(var + eps)
    xhat = xc * istd
    return gamma * xhat + beta, (xc, istd, var, eps, gamma, xhat)


def layernorm_backward(dout, cache):
    xc, istd, var, eps, gamma, xhat = cache
    N = dout.shape[0]
    dxhat = dout * gamma
    dvar = np.sum(dxhat * xc, axis=0) * -0.5 * istd ** 3
    dmu = -np.sum(dxhat * istd, axis=0) - 2.0 * dvar * np.mean(xc, axis=0)
    dx = dxhat * istd + dvar * 2.0 * xc / N + dmu / N
    return dx, np.sum(dout * xhat, axis=0), np.sum(dout, axis=0)
