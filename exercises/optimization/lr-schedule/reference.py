import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    s = np.asarray(step, dtype=np.float64)    # mutant-ok(keyword_dropped, copy_removed): int steps give the same floats
    warmup = base_lr * (s + 1) / max(warmup_steps, 1)    # base_lr at step warmup - 1  # mutant-ok(arguments_swapped): max commutes
    progress = (s - warmup_steps) / max(1, total_steps - warmup_steps)    # 0 -> (almost) 1  # mutant-ok(arguments_swapped, constant): p is 0 or unused if total - warmup <= 1
    cosine = min_lr + 0.5 * (base_lr - min_lr) * (1 + np.cos(np.pi * progress))
    lr = np.where(s < warmup_steps, warmup, cosine)
    return float(lr) if np.ndim(step) == 0 else lr
