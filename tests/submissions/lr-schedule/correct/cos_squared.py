import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    s = np.array(step, dtype=float)
    ramp = (s + 1.0) / max(warmup_steps, 1) * base_lr
    frac = (s - warmup_steps) / max(1, total_steps - warmup_steps)
    # (1 + cos x) / 2 = cos^2(x / 2)
    decay = min_lr + (base_lr - min_lr) * np.cos(np.pi * frac / 2.0) ** 2
    out = np.where(s < warmup_steps, ramp, decay)
    if out.ndim == 0:
        return float(out)
    return out
