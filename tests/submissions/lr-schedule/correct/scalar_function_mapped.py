import math

import numpy as np


def _lr(s, total_steps, warmup_steps, base_lr, min_lr):
    if s < warmup_steps:
        return base_lr * (s + 1) / warmup_steps
    p = (s - warmup_steps) / max(1, total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * p))


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    if np.ndim(step) == 0:
        return _lr(int(step), total_steps, warmup_steps, base_lr, min_lr)
    flat = [_lr(int(s), total_steps, warmup_steps, base_lr, min_lr) for s in np.ravel(step)]
    return np.array(flat, dtype=np.float64).reshape(np.shape(step))
