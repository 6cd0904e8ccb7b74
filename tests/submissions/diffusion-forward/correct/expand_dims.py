import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    b = np.linspace(beta_start, beta_end, num=T)
    return b, np.cumprod(1 - b)


def q_sample(x0, t, eps, alpha_bars):
    ab = np.take(alpha_bars, np.asarray(t) - 1)
    while ab.ndim < x0.ndim:
        ab = ab[..., np.newaxis]
    signal, noise = np.sqrt(ab), np.sqrt(1 - ab)
    return signal * x0 + noise * eps
