import numpy as np


def reparam_forward(mu, log_sigma, eps):
    sigma = np.exp(log_sigma / 2)        # reads log_sigma as log sigma^2
    z = mu + sigma * eps
    cache = (sigma, eps)
    return z, cache


def reparam_backward(dz, cache):
    sigma, eps = cache
    dmu = dz.copy()
    dlog_sigma = dz * sigma * eps / 2
    return dmu, dlog_sigma
