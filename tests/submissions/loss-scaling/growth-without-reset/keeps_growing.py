import numpy as np


def unscale_grads(grads, scale):
    g32 = [g.astype(np.float32) / np.float32(scale) for g in grads]
    return g32, bool(any((~np.isfinite(g)).any() for g in g32))


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    if found_inf:
        scale, good_steps = scale * backoff_factor, 0
    else:
        good_steps = good_steps + 1
        if good_steps >= growth_interval:
            scale = scale * growth_factor
    return scale, good_steps
