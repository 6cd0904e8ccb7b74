import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    s = np.asarray(step, dtype=np.float64)
    ramp = base_lr * (s + 1) / max(warmup_steps, 1)
    p = (s - warmup_steps) / max(1, total_steps - warmup_steps)
    cosine = base_lr * 0.5 * (1 + np.cos(np.pi * p)) + min_lr
    lr = np.where(s < warmup_steps, ramp, cosine)
    return float(lr) if lr.ndim == 0 else lr
