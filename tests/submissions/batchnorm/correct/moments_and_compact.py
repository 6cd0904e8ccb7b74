import numpy as np


def batchnorm_forward(x, gamma, beta, bn_param):
    """Variance as the mean of squared centred values, and the compact one-line backward."""
    D = x.shape[1]
    eps = bn_param.setdefault("eps", 1e-5)
    momentum = bn_param.setdefault("momentum", 0.9)
    bn_param.setdefault("running_mean", np.zeros(D))
    bn_param.setdefault("running_var", np.zeros(D))
    if bn_param["mode"] == "test":
        scale = gamma / np.sqrt(bn_param["running_var"] + eps)
        return x * scale + (beta - bn_param["running_mean"] * scale), None
    mean = np.mean(x, axis=0)
    centred = x - mean
    var = np.mean(centred * centred, axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_norm = centred * inv_std
    bn_param["running_mean"] = bn_param["running_mean"] * momentum + mean * (1.0 - momentum)
    bn_param["running_var"] = bn_param["running_var"] * momentum + var * (1.0 - momentum)
    return x_norm * gamma + beta, {"x_norm": x_norm, "gamma": gamma, "inv_std": inv_std}


def batchnorm_backward(dout, cache):
    x_norm, gamma, inv_std = cache["x_norm"], cache["gamma"], cache["inv_std"]
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = np.einsum("nd,nd->d", dout, x_norm)
    dx = (gamma * inv_std / N) * (N * dout - dbeta - x_norm * dgamma)
    return dx, dgamma, dbeta
