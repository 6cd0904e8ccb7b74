"""Mistake off-by-one-timestep, as an override: t used as a 0-based index."""
import numpy as np


def q_sample(x0, t, eps, alpha_bars):
    abar = alpha_bars[t]                                  # alpha_bar_{t+1}; t = T is out of range
    abar = abar.reshape((-1,) + (1,) * (x0.ndim - 1))
    return np.sqrt(abar) * x0 + np.sqrt(1.0 - abar) * eps
