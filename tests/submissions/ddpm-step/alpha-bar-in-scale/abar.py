import numpy as np


def ddpm_step(x_t, eps_pred, t, betas, z):
    abar = np.cumprod(1 - betas)
    b = betas[t - 1]
    mu = (x_t - b / np.sqrt(1 - abar[t - 1]) * eps_pred) / np.sqrt(abar[t - 1])
    if t > 1:
        return mu + np.sqrt(b) * z
    return mu
