import numpy as np


def unscale_grads(grads, scale):
    unscaled = [g / scale for g in grads]          # float16 / Python float stays float16
    found_inf = any(not np.all(np.isfinite(g)) for g in unscaled)
    return unscaled, bool(found_inf)


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    if found_inf:
        return scale * backoff_factor, 0
    good_steps += 1
    if good_steps == growth_interval:
        return scale * growth_factor, 0
    return scale, good_steps
