import numpy as np


def metropolis_hastings(log_density, x0, n_steps, step_size, rng):
    d = x0.shape[0]
    x = x0.copy()
    log_px = log_density(x)
    chain = []
    accepted = 0
    for i in range(n_steps):
        proposal = x + step_size * rng.standard_normal(d)
        u = rng.random()
        log_pp = log_density(proposal)
        if np.log(u) < log_pp - log_px:
            x, log_px = proposal, log_pp
            accepted += 1
            chain.append(x)                                  # only accepted states are kept
    return np.array(chain).reshape(-1, d), accepted / n_steps
