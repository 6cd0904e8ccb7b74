import numpy as np


def ddpm_step(x_t, eps_pred, t, betas, z):
    abar = np.cumprod(1 - betas)[t - 1]
    beta = betas[t - 1]
    mu = (x_t - beta / np.sqrt(1 - abar) * eps_pred) / np.sqrt(1 - beta)
    sigma = beta
    return mu + sigma * z if t > 1 else mu
