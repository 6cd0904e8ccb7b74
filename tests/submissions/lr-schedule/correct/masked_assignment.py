import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    steps = np.atleast_1d(step).astype(np.float64)
    lr = np.empty_like(steps)
    warm = steps < warmup_steps
    lr[warm] = base_lr * (steps[warm] + 1) / warmup_steps if warmup_steps else 0.0
    rest = ~warm
    span = max(1, total_steps - warmup_steps)
    lr[rest] = min_lr + (base_lr - min_lr) * 0.5 * (1 + np.cos(np.pi * (steps[rest] - warmup_steps) / span))
    if np.isscalar(step) or np.ndim(step) == 0:
        return float(lr[0])
    return lr.reshape(np.shape(step))
