"""Mistake noise-coefficient-not-sqrt, as an override: the noise scaled by a variance."""
import numpy as np


def q_sample(x0, t, eps, alpha_bars):
    abar = alpha_bars[t - 1]
    abar = abar.reshape((-1,) + (1,) * (x0.ndim - 1))
    return np.sqrt(abar) * x0 + (1.0 - abar) * eps       # (1 - alpha_bar) where its square root belongs
