# kind: unlisted
# expect: generic:constant-factor
# why: dgamma and dbeta average over the batch instead of summing: both are 1/N of the right value
import numpy as np


def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.zeros(D))

    if mode == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        x_hat = (x - mu) / np.sqrt(var + eps)
        out = gamma * x_hat + beta
        bn_param["running_mean"] = momentum * running_mean + (1 - momentum) * mu
        bn_param["running_var"] = momentum * running_var + (1 - momentum) * var
        cache = (x_hat, gamma, np.sqrt(var + eps))
    else:
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        cache = None
    return out, cache


def batchnorm_backward(dout, cache):
    x_hat, gamma, std = cache
    dbeta = dout.mean(axis=0)
    dgamma = (dout * x_hat).mean(axis=0)
    dxh = dout * gamma
    dx = (dxh - dxh.mean(axis=0) - x_hat * (dxh * x_hat).mean(axis=0)) / std
    return dx, dgamma, dbeta
