import math
import numpy as np


def reparam_forward(mu, log_sigma, eps):
    sig = np.empty(mu.shape)
    z = np.empty(mu.shape)
    for idx in np.ndindex(mu.shape):
        sig[idx] = math.exp(log_sigma[idx])
        z[idx] = mu[idx] + sig[idx] * eps[idx]
    cache = {"sigma": sig, "eps": np.copy(eps)}
    return z, cache


def reparam_backward(dz, cache):
    dmu = np.zeros(dz.shape)
    dls = np.zeros(dz.shape)
    for idx in np.ndindex(dz.shape):
        dmu[idx] = dz[idx]
        dls[idx] = dz[idx] * cache["sigma"][idx] * cache["eps"][idx]
    return dmu, dls
