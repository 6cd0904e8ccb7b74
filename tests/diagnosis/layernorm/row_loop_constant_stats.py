# kind: harmless
# expect: statistics-treated-as-constants
# why: backward is dout * gamma / std only; computing the statistics row by row in a loop is equivalent
import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    N, D = x.shape
    x_hat = np.empty((N, D))
    std = np.empty((N, 1))
    for n in range(N):
        row = x[n]
        mu = row.mean()
        s = np.sqrt(((row - mu) ** 2).mean() + eps)
        x_hat[n] = (row - mu) / s
        std[n, 0] = s
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, std)


def layernorm_backward(dout, cache):
    x_hat, gamma, std = cache
    dx = np.empty_like(x_hat)
    for n in range(dout.shape[0]):
        dx[n] = dout[n] * gamma / std[n, 0]
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    return dx, dgamma, dbeta
