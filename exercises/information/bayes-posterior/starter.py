import numpy as np


def log_posterior(log_prior, log_likelihoods):
    """Normalized log posterior over H hypotheses after N independent observations.

    log_prior: (H,), ln p(h); may hold -inf (no prior mass; at least one entry is finite).
    log_likelihoods: (N, H), entry [n, h] = ln p(x_n | h).
    Returns (H,): ln p(h | x_1..x_N), whose exponentials sum to 1. Finite where the prior
    is, even when every p(x_1..x_N | h) underflows to 0 in float64; -inf where the prior
    is -inf; no NumPy warnings. The inputs are left unchanged.
    """
    raise NotImplementedError("log_posterior: add the logs, then normalize with a stable logsumexp")
