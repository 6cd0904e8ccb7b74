import numpy as np


def reparam_forward(mu, log_sigma, eps):
    sigma = np.exp(log_sigma)
    z = mu + sigma * eps                 # the noise is an input: z is a smooth function of mu, log_sigma
    cache = (sigma, eps)
    return z, cache


def reparam_backward(dz, cache):
    sigma, eps = cache
    dmu = dz.copy()                      # dz/dmu = 1; a new array, so the caller may write into either
    dlog_sigma = dz * sigma * eps        # dz/dlog_sigma = exp(log_sigma) * eps by the chain rule
    return dmu, dlog_sigma
