import numpy as np


def metropolis_hastings(log_density, x0, n_steps, step_size, rng):
    d = x0.shape[0]
    x = x0.copy()
    log_px = log_density(x)                                  # kept: one new evaluation per step
    chain = np.empty((n_steps, d))
    accepted = 0
    for i in range(n_steps):
        proposal = x + step_size * rng.standard_normal(d)
        u = rng.random()                                     # drawn every step, in this order
        log_pp = log_density(proposal)
        if np.log(u) < log_pp - log_px:                      # accept with probability min(1, p'/p)
            x, log_px = proposal, log_pp
            accepted += 1
        chain[i] = x                                         # a rejection repeats the current state
    return chain, accepted / n_steps
