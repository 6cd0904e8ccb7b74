import numpy as np


def reparam_forward(mu, log_sigma, eps):
    std = np.exp(log_sigma)
    return mu + std * eps, {"eps": eps}


def reparam_backward(dz, cache):
    # z = mu + sigma * eps  ->  dz/dsigma = eps
    return dz * 1.0, dz * cache["eps"]
