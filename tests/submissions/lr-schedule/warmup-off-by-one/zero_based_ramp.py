import math

import numpy as np


def _one(s, total, warm, base, low):
    if s < warm:
        return base * s / warm
    return low + (base - low) * (1 + math.cos(math.pi * (s - warm) / max(1, total - warm))) / 2


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    if np.ndim(step) == 0:
        return _one(step, total_steps, warmup_steps, base_lr, min_lr)
    return np.array([_one(s, total_steps, warmup_steps, base_lr, min_lr) for s in np.ravel(step)]
                    ).reshape(np.shape(step))
