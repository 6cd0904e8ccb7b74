import numpy as np


def unscale_grads(grads, scale):
    grads32 = [np.asarray(g, dtype=np.float32) / scale for g in grads]
    return grads32, any(not np.isfinite(g).all() for g in grads32)


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    if found_inf:
        scale = scale * backoff_factor
    else:
        good_steps += 1
        if good_steps == growth_interval:
            scale, good_steps = scale * growth_factor, 0
    return scale, good_steps
