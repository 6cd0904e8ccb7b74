# kind: combined
# expect: warmup-off-by-one, cosine-over-total-steps
# why: uses the raw step in both branches: the ramp is step / warmup (0 at step 0) and the cosine clock is step / total_steps
import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    s = np.asarray(step, dtype=np.float64)
    ramp = base_lr * s / max(warmup_steps, 1)
    p = s / total_steps
    decay = min_lr + 0.5 * (base_lr - min_lr) * (1 + np.cos(np.pi * p))
    lr = np.where(s < warmup_steps, ramp, decay)
    if np.ndim(step) == 0:
        return float(lr)
    return lr
