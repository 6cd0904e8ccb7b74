import numpy as np


def unscale_grads(grads, scale):
    g32 = [np.float32(1.0) * g.astype(np.float32) / scale for g in grads]
    return g32, not all(np.all(np.isfinite(g)) for g in g32)


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    if found_inf:
        return scale * backoff_factor, 0
    good_steps += 1
    if good_steps == growth_interval:
        scale *= growth_factor
    return scale, good_steps
