import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    s = np.asarray(step, dtype=np.float64)
    ramp = base_lr * (s + 1) / max(warmup_steps, 1)
    p = np.clip((s - warmup_steps) / max(1, total_steps - warmup_steps), 0, None)
    lr = np.where(s < warmup_steps, ramp, base_lr * (np.cos(np.pi * p) + 1) / 2)
    return lr if lr.ndim else float(lr)
