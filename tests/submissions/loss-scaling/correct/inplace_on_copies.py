import numpy as np


def unscale_grads(grads, scale):
    grads32 = []
    bad = 0
    for g in grads:
        g32 = g.astype(np.float32)          # a new array: the caller's float16 one is untouched
        g32 /= scale
        bad += int(np.count_nonzero(~np.isfinite(g32)))
        grads32.append(g32)
    return grads32, bad > 0


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    new_scale, count = scale, good_steps
    if found_inf:
        new_scale, count = scale * backoff_factor, 0
    else:
        count = good_steps + 1
        if count == growth_interval:
            new_scale, count = scale * growth_factor, 0
    return new_scale, count
