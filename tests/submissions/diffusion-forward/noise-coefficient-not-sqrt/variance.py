import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    betas = np.linspace(beta_start, beta_end, T)
    return betas, np.cumprod(1 - betas)


def q_sample(x0, t, eps, alpha_bars):
    ab = alpha_bars[t - 1].reshape([len(t)] + [1] * (x0.ndim - 1))
    return np.sqrt(ab) * x0 + (1 - ab) * eps
