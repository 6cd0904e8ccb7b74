import numpy as np


def reparam_forward(mu, log_sigma, eps):
    z = mu + np.exp(log_sigma) * eps
    return z, (z.copy(), np.array(mu, copy=True))


def reparam_backward(dz, cache):
    z, mu = cache
    # dz/dlog_sigma = sigma * eps = z - mu
    return np.array(dz, copy=True), dz * (z - mu)
