# kind: unlisted
# expect: generic:float32-precision
# why: converts the steps to float32 ("learning rates don't need float64"), so the whole schedule is computed and returned in float32
import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    s = np.asarray(step, dtype=np.float32)
    warmup = base_lr * (s + 1) / max(warmup_steps, 1)
    progress = (s - warmup_steps) / max(1, total_steps - warmup_steps)
    cosine = min_lr + 0.5 * (base_lr - min_lr) * (1 + np.cos(np.pi * progress))
    lr = np.where(s < warmup_steps, warmup, cosine)
    return float(lr) if np.ndim(step) == 0 else lr
