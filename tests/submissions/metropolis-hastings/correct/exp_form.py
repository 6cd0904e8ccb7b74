import numpy as np


def metropolis_hastings(log_density, x0, n_steps, step_size, rng):
    current = np.array(x0, dtype=float)
    current_lp = log_density(current)
    states = []
    n_acc = 0
    for _ in range(n_steps):
        cand = current + rng.normal(0.0, step_size, len(current))
        u = rng.random(1)[0]
        cand_lp = log_density(cand)
        if u < np.exp(min(0.0, cand_lp - current_lp)):
            current, current_lp = cand, cand_lp
            n_acc += 1
        states.append(current.copy())
    return np.vstack(states), n_acc / n_steps
