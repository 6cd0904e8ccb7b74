# The running averages are updated on every call, whatever the mode; test mode still
# normalizes with the averages as they were, so every out_test is right.
# expect: test-updates-running-averages
# expect: running_mean_after_test
import numpy as np


def batchnorm_forward(x, gamma, beta, bn_param):
    eps = bn_param.get("eps", 1e-5)
    m = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    old_mean = bn_param.get("running_mean", np.zeros(D))
    old_var = bn_param.get("running_var", np.zeros(D))
    mu, var = x.mean(axis=0), x.var(axis=0)
    bn_param["running_mean"] = m * old_mean + (1 - m) * mu
    bn_param["running_var"] = m * old_var + (1 - m) * var
    if bn_param["mode"] == "test":
        return gamma * (x - old_mean) / np.sqrt(old_var + eps) + beta, None
    std = np.sqrt(var + eps)
    x_hat = (x - mu) / std
    return gamma * x_hat + beta, (x_hat, gamma, std)


def batchnorm_backward(dout, cache):
    x_hat, gamma, std = cache
    dx_hat = dout * gamma
    dx = (dx_hat - dx_hat.mean(axis=0) - x_hat * (dx_hat * x_hat).mean(axis=0)) / std
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
