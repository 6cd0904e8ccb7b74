import numpy as np


def metropolis_hastings(log_density, x0, n_steps, step_size, rng):
    d = x0.shape[0]
    chain = np.empty((n_steps, d))
    x, lp = x0.copy(), log_density(x0)
    acc = 0
    for i in range(n_steps):
        prop = x + step_size * rng.standard_normal(d)
        u = rng.random()
        lq = log_density(prop)
        if np.log(u) < lp - lq:
            x, lp = prop, lq
            acc += 1
        chain[i] = x
    return chain, acc / n_steps
