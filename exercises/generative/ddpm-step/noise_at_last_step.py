import numpy as np


def ddpm_step(x_t, eps_pred, t, betas, z):
    beta_t = betas[t - 1]
    alpha_t = 1.0 - beta_t
    alpha_bar_t = np.prod(1.0 - betas[:t])
    mean = (x_t - beta_t / np.sqrt(1.0 - alpha_bar_t) * eps_pred) / np.sqrt(alpha_t)
    return mean + np.sqrt(beta_t) * z                      # noise added at t = 1 too
