import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    betas = np.linspace(beta_start, beta_end, T)
    return betas, np.cumprod(1 - betas)


def q_sample(x0, t, eps, alpha_bars):
    xt = np.zeros_like(x0)
    for i, step in enumerate(t):
        a = alpha_bars[step]
        xt[i] = np.sqrt(a) * x0[i] + np.sqrt(1 - a) * eps[i]
    return xt
