import math

import numpy as np


def _single(s, total_steps, warmup_steps, base_lr, min_lr):
    if s < warmup_steps:
        return base_lr * (s + 1) / warmup_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * s / total_steps))


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    if np.ndim(step) == 0:
        return _single(step, total_steps, warmup_steps, base_lr, min_lr)
    return np.vectorize(lambda s: _single(s, total_steps, warmup_steps, base_lr, min_lr),
                        otypes=[np.float64])(step)
