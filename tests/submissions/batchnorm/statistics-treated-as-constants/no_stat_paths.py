import numpy as np


def batchnorm_forward(x, gamma, beta, bn_param):
    eps = bn_param.get("eps", 1e-5)
    m = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    if bn_param["mode"] == "train":
        mean, var = x.mean(0), x.var(0)
        bn_param["running_mean"] = m * bn_param.get("running_mean", np.zeros(D)) + (1 - m) * mean
        bn_param["running_var"] = m * bn_param.get("running_var", np.zeros(D)) + (1 - m) * var
    else:
        mean, var = bn_param["running_mean"], bn_param["running_var"]
    denom = np.sqrt(var + eps)
    xn = (x - mean) / denom
    return gamma * xn + beta, (xn, gamma, denom)


def batchnorm_backward(dout, cache):
    xn, gamma, denom = cache
    # treats the batch mean and variance as fixed numbers
    return gamma * dout / denom, (dout * xn).sum(0), dout.sum(0)
