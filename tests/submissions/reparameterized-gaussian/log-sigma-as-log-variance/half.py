import numpy as np


def reparam_forward(mu, log_sigma, eps):
    std = np.exp(0.5 * log_sigma)
    z = mu + std * eps
    return z, (z, mu, log_sigma)


def reparam_backward(dz, cache):
    z, mu, log_sigma = cache
    return dz + 0.0, 0.5 * dz * (z - mu)
