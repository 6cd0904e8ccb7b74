import numpy as np


def batchnorm_forward(x, gamma, beta, bn_param):
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    if bn_param["mode"] == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        rm = bn_param.get("running_mean", np.zeros(D))
        rv = bn_param.get("running_var", np.zeros(D))
        bn_param["running_mean"] = rm + momentum * (mu - rm)
        bn_param["running_var"] = rv + momentum * (var - rv)
        std = np.sqrt(var + eps)
        xhat = (x - mu) / std
        return gamma * xhat + beta, (xhat, gamma, std)
    xhat = (x - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
    return gamma * xhat + beta, None


def batchnorm_backward(dout, cache):
    xhat, gamma, std = cache
    N = dout.shape[0]
    dxhat = dout * gamma
    dx = (N * dxhat - dxhat.sum(axis=0) - xhat * (dxhat * xhat).sum(axis=0)) / (N * std)
    return dx, (dout * xhat).sum(axis=0), dout.sum(axis=0)
