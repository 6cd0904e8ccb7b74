# kind: harmless
# expect: statistics-treated-as-constants
# why: dx = dout * gamma / std ignores the paths through mu and var; the helper function and the dict cache are harmless
import numpy as np


def _normalize(x, mean, var, eps):
    std = np.sqrt(var + eps)
    return (x - mean) / std, std


def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    m = bn_param.get("momentum", 0.9)
    D = x.shape[1]

    if mode == "train":
        mean = np.mean(x, axis=0)
        var = np.mean((x - mean) ** 2, axis=0)
        x_hat, std = _normalize(x, mean, var, eps)
        old_mean = bn_param.get("running_mean", np.zeros(D))
        old_var = bn_param.get("running_var", np.zeros(D))
        bn_param["running_mean"] = m * old_mean + (1.0 - m) * mean
        bn_param["running_var"] = m * old_var + (1.0 - m) * var
        cache = {"x_hat": x_hat, "gamma": gamma, "std": std}
    else:
        x_hat, _ = _normalize(x, bn_param["running_mean"], bn_param["running_var"], eps)
        cache = None
    return gamma * x_hat + beta, cache


def batchnorm_backward(dout, cache):
    dbeta = dout.sum(axis=0)
    dgamma = (dout * cache["x_hat"]).sum(axis=0)
    dx = dout * cache["gamma"] / cache["std"]
    return dx, dgamma, dbeta
