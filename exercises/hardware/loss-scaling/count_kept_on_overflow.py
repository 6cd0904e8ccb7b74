# Mistake: count-kept-on-overflow. The reference keeping the good-step count through an overflow.
import numpy as np


def unscale_grads(grads, scale):
    grads32 = [g.astype(np.float32) / np.float32(scale) for g in grads]
    found_inf = any(not np.all(np.isfinite(g)) for g in grads32)
    return grads32, bool(found_inf)


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    if found_inf:
        return scale * backoff_factor, good_steps   # the mistake: the count survives an overflow
    good_steps = good_steps + 1
    if good_steps == growth_interval:
        return scale * growth_factor, 0
    return scale, good_steps
