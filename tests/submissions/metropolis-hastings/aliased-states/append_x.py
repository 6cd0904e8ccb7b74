import numpy as np


def metropolis_hastings(log_density, x0, n_steps, step_size, rng):
    x = np.copy(x0)
    lp = log_density(x)
    rows = []
    acc = 0
    for i in range(n_steps):
        prop = x + step_size * rng.standard_normal(len(x))
        u = rng.random()
        lq = log_density(prop)
        if np.log(u) < lq - lp:
            x += prop - x
            lp = lq
            acc += 1
        rows.append(x)
    return np.stack(rows), acc / n_steps
