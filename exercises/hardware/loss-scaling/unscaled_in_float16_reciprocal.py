# Mistake: unscaled-in-float16 (by the reciprocal). The reference multiplying the float16 gradients by
# 1 / scale, in float16 as well.
import numpy as np


def unscale_grads(grads, scale):
    grads32 = [g * (1.0 / scale) for g in grads]   # the mistake: still float16
    found_inf = any(not np.all(np.isfinite(g)) for g in grads32)
    return grads32, bool(found_inf)


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    if found_inf:
        return scale * backoff_factor, 0
    good_steps = good_steps + 1
    if good_steps == growth_interval:
        return scale * growth_factor, 0
    return scale, good_steps
