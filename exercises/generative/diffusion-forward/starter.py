import numpy as np


def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    """The DDPM linear noise schedule.

    Returns (betas, alpha_bars), each float (T,): betas = np.linspace(beta_start, beta_end, T),
    and alpha_bars[t - 1] = prod_{s=1..t} (1 - beta_s) for t = 1..T.
    """
    raise NotImplementedError("linear_beta_schedule: a linspace, then a cumulative product")


def q_sample(x0, t, eps, alpha_bars):
    """Jump straight to step t of the forward (noising) process.

    x0: (N, ...) clean data; t: int (N,), each in 1..T (1-based); eps: x0's shape, N(0, 1)
    noise (given); alpha_bars: (T,). Returns x_t of x0's shape,
    x_t[i] = sqrt(alpha_bar_{t_i}) x0[i] + sqrt(1 - alpha_bar_{t_i}) eps[i]. Modifies nothing.
    """
    raise NotImplementedError("q_sample: look up alpha_bar_t per sample, broadcast, mix signal and noise")
