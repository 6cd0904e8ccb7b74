import numpy as np


def batchnorm_forward(x, gamma, beta, bn_param):
    N, D = x.shape
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    m = bn_param.get("momentum", 0.9)
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.zeros(D))

    out = np.empty((N, D))
    if mode == "train":
        mu = np.empty(D)
        var = np.empty(D)
        x_hat = np.empty((N, D))
        for j in range(D):
            col = x[:, j]
            mu[j] = sum(col) / N
            var[j] = sum((c - mu[j]) ** 2 for c in col) / N
            x_hat[:, j] = (col - mu[j]) / np.sqrt(var[j] + eps)
            out[:, j] = gamma[j] * x_hat[:, j] + beta[j]
        bn_param["running_mean"] = m * running_mean + (1 - m) * mu
        bn_param["running_var"] = m * running_var + (1 - m) * var
        cache = (x_hat, gamma, var, eps)
    else:
        for j in range(D):
            out[:, j] = gamma[j] * (x[:, j] - running_mean[j]) / np.sqrt(running_var[j] + eps) + beta[j]
        cache = None
    return out, cache


def batchnorm_backward(dout, cache):
    x_hat, gamma, var, eps = cache
    N, D = dout.shape
    dx = np.empty((N, D))
    dgamma = np.empty(D)
    dbeta = np.empty(D)
    for j in range(D):
        dbeta[j] = dout[:, j].sum()
        dgamma[j] = (dout[:, j] * x_hat[:, j]).sum()
        dxh = dout[:, j] * gamma[j]
        a = dxh.sum() / N
        b = (dxh * x_hat[:, j]).sum() / N
        dx[:, j] = (dxh - a - x_hat[:, j] * b) / np.sqrt(var[j] + eps)
    return dx, dgamma, dbeta
