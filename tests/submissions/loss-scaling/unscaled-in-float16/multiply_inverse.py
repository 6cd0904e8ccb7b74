import numpy as np


def unscale_grads(grads, scale):
    inv_scale = 1.0 / scale
    out = [np.multiply(g, inv_scale) for g in grads]
    found = any(np.any(~np.isfinite(g)) for g in grads)
    return out, bool(found)


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    if found_inf:
        return scale * backoff_factor, 0
    if good_steps + 1 == growth_interval:
        return scale * growth_factor, 0
    return scale, good_steps + 1
