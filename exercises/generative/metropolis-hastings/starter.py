import numpy as np


def metropolis_hastings(log_density, x0, n_steps, step_size, rng):
    """Random-walk Metropolis-Hastings.

    log_density: maps a (d,) array to a float, an unnormalized log density (-inf outside the
    support, finite at x0). x0: (d,), not modified. Each step: proposal = x + step_size *
    rng.standard_normal(d), then u = rng.random() (every step), accept iff
    np.log(u) < log_density(proposal) - log_density(x).
    Returns (chain, acceptance_rate): chain (n_steps, d), row i the state after step i
    (x0 excluded, a rejected step repeats the state); acceptance_rate = accepted / n_steps.
    Call log_density at most n_steps + 1 times.
    """
    raise NotImplementedError("metropolis_hastings: propose, draw u, accept or keep, record")
