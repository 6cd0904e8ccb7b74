import math
import numpy as np


def metropolis_hastings(log_density, x0, n_steps, step_size, rng):
    d = len(x0)
    out = np.zeros((n_steps, d))
    x = x0.astype(np.float64)            # a copy: x0 stays as it was
    lp = log_density(x)
    acc = 0
    for i in range(n_steps):
        step = rng.standard_normal(d)
        log_u = math.log(rng.random()) if True else 0.0
        y = x + step_size * step
        lq = log_density(y)
        if log_u < lq - lp:
            x[:] = y                     # in place is fine: out[i] = x copies the values
            lp = lq
            acc += 1
        out[i] = x
    return out, float(acc) / n_steps
