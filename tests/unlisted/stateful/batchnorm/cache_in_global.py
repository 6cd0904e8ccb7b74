# expect: your backward used the input of the last forward call, not the cache it was given
# A batch norm whose forward keeps x_hat and std in a module global (the cache it returns is
# empty) and whose backward reads the global: right only when backward follows its own forward.
import numpy as np

_saved = {}


def batchnorm_forward(x, gamma, beta, bn_param):
    eps, momentum = bn_param.get("eps", 1e-5), bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.zeros(D))
    if bn_param["mode"] == "test":
        return gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, None
    mu, var = x.mean(axis=0), x.var(axis=0)
    _saved["std"] = np.sqrt(var + eps)
    _saved["x_hat"], _saved["gamma"] = (x - mu) / _saved["std"], gamma
    bn_param["running_mean"] = momentum * running_mean + (1 - momentum) * mu
    bn_param["running_var"] = momentum * running_var + (1 - momentum) * var
    return gamma * _saved["x_hat"] + beta, {}


def batchnorm_backward(dout, cache):
    x_hat, gamma, std = _saved["x_hat"], _saved["gamma"], _saved["std"]
    dx_hat = dout * gamma
    dx = (dx_hat - dx_hat.mean(axis=0) - x_hat * (dx_hat * x_hat).mean(axis=0)) / std
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
