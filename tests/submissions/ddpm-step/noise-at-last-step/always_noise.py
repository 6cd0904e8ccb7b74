import numpy as np


def ddpm_step(x_t, eps_pred, t, betas, z):
    alphas = 1.0 - betas
    abar = np.cumprod(alphas)[t - 1]
    b = betas[t - 1]
    mu = (x_t - b / np.sqrt(1 - abar) * eps_pred) / np.sqrt(alphas[t - 1])
    return mu + np.sqrt(b) * z
