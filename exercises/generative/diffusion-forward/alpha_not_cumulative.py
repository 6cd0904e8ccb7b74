"""Mistake alpha-not-cumulative, as an override: alpha_bar_t read as the one-step alpha_t."""
import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    betas = np.linspace(beta_start, beta_end, T)
    alpha_bars = 1.0 - betas                              # the product over s <= t is missing
    return betas, alpha_bars
