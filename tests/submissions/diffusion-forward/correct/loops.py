import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    betas = np.linspace(beta_start, beta_end, T)
    alpha_bars = np.empty(T)
    running = 1.0
    for i in range(T):
        running *= 1.0 - betas[i]
        alpha_bars[i] = running
    return betas, alpha_bars


def q_sample(x0, t, eps, alpha_bars):
    out = np.empty(x0.shape)
    for i in range(x0.shape[0]):
        a = alpha_bars[int(t[i]) - 1]
        out[i] = np.sqrt(a) * x0[i] + np.sqrt(1 - a) * eps[i]
    return out
