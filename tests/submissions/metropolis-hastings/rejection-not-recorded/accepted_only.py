import numpy as np


def metropolis_hastings(log_density, x0, n_steps, step_size, rng):
    x = x0.copy()
    lp = log_density(x)
    samples = []
    for _ in range(n_steps):
        prop = x + step_size * rng.standard_normal(x.size)
        u = rng.random()
        lprop = log_density(prop)
        if np.log(u) < lprop - lp:
            x, lp = prop, lprop
            samples.append(x)
    return np.array(samples).reshape(len(samples), x0.size), len(samples) / n_steps
