# kind: unlisted
# expect: generic:missing-reshape
# why: loops over np.ravel(step) and returns the flat list as an array, so a 2-D array of steps comes back 1-D
import math

import numpy as np


def _one(s, total_steps, warmup_steps, base_lr, min_lr):
    if s < warmup_steps:
        return base_lr * (s + 1) / warmup_steps
    p = (s - warmup_steps) / max(1, total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * p))


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    if np.ndim(step) == 0:
        return float(_one(int(step), total_steps, warmup_steps, base_lr, min_lr))
    out = []
    for s in np.ravel(step):
        out.append(_one(int(s), total_steps, warmup_steps, base_lr, min_lr))
    return np.array(out)
