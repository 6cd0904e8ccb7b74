import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    betas = np.linspace(beta_start, beta_end, T)
    alphas = 1 - betas
    return betas, alphas


def q_sample(x0, t, eps, alpha_bars):
    ab = alpha_bars[t - 1].reshape([len(t)] + [1] * (x0.ndim - 1))
    return ab ** 0.5 * x0 + (1 - ab) ** 0.5 * eps
