import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    betas = np.linspace(beta_start, beta_end, T)          # betas[t - 1] is beta_t, t = 1..T
    alpha_bars = np.cumprod(1.0 - betas)                  # alpha_bar_t: the signal kept after t steps
    return betas, alpha_bars


def q_sample(x0, t, eps, alpha_bars):
    abar = alpha_bars[t - 1]                              # timesteps are 1-based
    abar = abar.reshape((-1,) + (1,) * (x0.ndim - 1))     # one value per sample, over its trailing axes
    return np.sqrt(abar) * x0 + np.sqrt(1.0 - abar) * eps
