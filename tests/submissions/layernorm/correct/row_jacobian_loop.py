import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param["eps"] if "eps" in ln_param else 1e-5
    N, D = x.shape
    xhat = np.empty((N, D))
    std = np.empty(N)
    for n in range(N):
        row = x[n]
        m = row.sum() / D
        v = ((row - m) ** 2).sum() / D
        std[n] = np.sqrt(v + eps)
        xhat[n] = (row - m) / std[n]
    return xhat * gamma + beta, {"xhat": xhat, "std": std, "gamma": gamma}


def layernorm_backward(dout, cache):
    xhat, std, gamma = cache["xhat"], cache["std"], cache["gamma"]
    N, D = xhat.shape
    dx = np.empty((N, D))
    for n in range(N):
        # J[j, k] = d xhat[n, k] / d x[n, j]
        J = (np.eye(D) - 1.0 / D - np.outer(xhat[n], xhat[n]) / D) / std[n]
        dx[n] = J @ (dout[n] * gamma)
    dgamma = (dout * xhat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    return dx, dgamma, dbeta
