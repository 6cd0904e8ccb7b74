import numpy as np


def ddpm_step(x_t, eps_pred, t, betas, z):
    beta_t = betas[t - 1]
    alpha_t = 1.0 - beta_t
    alpha_bar_t = np.prod(1.0 - betas[:t])
    mean = (x_t - beta_t / np.sqrt(1.0 - alpha_bar_t) * eps_pred) / np.sqrt(alpha_bar_t)   # alpha_bar_t for alpha_t
    if t == 1:
        return mean
    return mean + np.sqrt(beta_t) * z
