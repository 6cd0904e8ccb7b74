import numpy as np


def ddpm_step(x_t, eps_pred, t, betas, z):
    """One reverse (denoising) step of DDPM: x_t -> x_{t-1}.

    x_t, eps_pred, z: float arrays of one shape (any); eps_pred is the model's prediction of
    the noise in x_t, z ~ N(0, 1) is given (never drawn here). t: a Python int in 1..T,
    1-based, the same for the whole batch. betas: (T,), beta_t = betas[t - 1].
    Returns a new array x_{t-1} of x_t's shape:
    mean = (x_t - beta_t / sqrt(1 - alpha_bar_t) * eps_pred) / sqrt(alpha_t), plus
    sqrt(beta_t) * z for t > 1 (nothing at t = 1, whatever z holds). Modifies nothing.
    """
    raise NotImplementedError("ddpm_step: alpha_t, alpha_bar_t, the mean, then the noise")
