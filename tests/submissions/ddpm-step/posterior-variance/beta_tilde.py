import numpy as np


def ddpm_step(x_t, eps_pred, t, betas, z):
    abars = np.cumprod(1 - betas)
    beta = betas[t - 1]
    mu = (x_t - beta / np.sqrt(1 - abars[t - 1]) * eps_pred) / np.sqrt(1 - beta)
    if t == 1:
        return mu
    var = (1 - abars[t - 2]) / (1 - abars[t - 1]) * beta
    return mu + np.sqrt(var) * z
