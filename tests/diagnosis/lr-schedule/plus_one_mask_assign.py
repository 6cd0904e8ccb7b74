# kind: harmless
# expect: warmup-off-by-one
# why: the ramp divides by warmup_steps + 1, so it never reaches base_lr; filling a float array through boolean masks instead of np.where gives the same values
import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    steps = np.asarray(step)
    lrs = np.zeros(steps.shape, dtype=np.float64)

    in_warmup = steps < warmup_steps
    lrs[in_warmup] = base_lr * (steps[in_warmup] + 1) / (warmup_steps + 1)

    after = ~in_warmup
    decay_len = max(1, total_steps - warmup_steps)
    progress = (steps[after] - warmup_steps) / decay_len
    lrs[after] = min_lr + 0.5 * (base_lr - min_lr) * (1 + np.cos(np.pi * progress))

    if steps.ndim == 0:
        return float(lrs)
    return lrs
