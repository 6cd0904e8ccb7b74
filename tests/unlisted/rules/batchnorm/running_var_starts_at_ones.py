# The statement's rule: absent running averages start at zeros. PyTorch starts the
# variance at ones; everything else is right.
# expect: running-var-starts-at-one
import numpy as np


def batchnorm_forward(x, gamma, beta, bn_param):
    eps, m = bn_param.get("eps", 1e-5), bn_param.get("momentum", 0.9)
    D = x.shape[1]
    rm = bn_param.setdefault("running_mean", np.zeros(D))
    rv = bn_param.setdefault("running_var", np.ones(D))
    if bn_param["mode"] == "test":
        return gamma * (x - rm) / np.sqrt(rv + eps) + beta, None
    mu, var = x.mean(axis=0), x.var(axis=0)
    bn_param["running_mean"] = m * rm + (1 - m) * mu
    bn_param["running_var"] = m * rv + (1 - m) * var
    std = np.sqrt(var + eps)
    x_hat = (x - mu) / std
    return gamma * x_hat + beta, (x_hat, gamma, std)


def batchnorm_backward(dout, cache):
    x_hat, gamma, std = cache
    g = dout * gamma
    dx = (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0)) / std
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
