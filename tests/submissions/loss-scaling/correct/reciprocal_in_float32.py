import numpy as np


def unscale_grads(grads, scale):
    inv = np.float32(1.0 / scale)
    grads32 = [np.array(g, dtype=np.float32) * inv for g in grads]
    finite = all(np.isfinite(g).all() for g in grads32)
    return grads32, not finite


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    if found_inf:
        return scale * backoff_factor, 0
    if good_steps + 1 < growth_interval:
        return scale, good_steps + 1
    return scale * growth_factor, 0
