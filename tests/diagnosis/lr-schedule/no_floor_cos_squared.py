# kind: harmless
# expect: no-min-lr
# why: decays to 0, min_lr is never used; writing (1 + cos(pi p)) / 2 as cos(pi p / 2)**2 is the same value
import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    s = np.asarray(step, dtype=np.float64)
    warmup = base_lr * (s + 1) / max(warmup_steps, 1)
    p = (s - warmup_steps) / max(1, total_steps - warmup_steps)
    # half-cosine: (1 + cos(pi p)) / 2 == cos(pi p / 2)^2
    cosine = base_lr * np.cos(0.5 * np.pi * p) ** 2
    lr = np.where(s < warmup_steps, warmup, cosine)
    return float(lr) if np.ndim(step) == 0 else lr
