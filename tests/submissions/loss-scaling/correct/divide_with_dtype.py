import numpy as np


def unscale_grads(grads, scale):
    out = []
    found = False
    for g in grads:
        g32 = np.divide(g, scale, dtype=np.float32)
        found = found or bool(np.isnan(g32).any() or np.isinf(g32).any())
        out.append(g32)
    return out, found


def update_scale(scale, found_inf, good_steps, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
    if found_inf:
        scale *= backoff_factor
        good_steps = 0
    else:
        good_steps += 1
        if good_steps >= growth_interval:
            scale *= growth_factor
            good_steps = 0
    return scale, good_steps
