# kind: combined
# expect: min-lr-not-subtracted, cosine-over-total-steps
# why: cosine written as min_lr + half of base_lr's cosine (amplitude not reduced by min_lr) and run over the whole training (p = step / total_steps)
import numpy as np


def warmup_cosine(step, total_steps, warmup_steps, base_lr, min_lr=0.0):
    step_arr = np.asarray(step)
    warm = base_lr * (step_arr + 1) / max(warmup_steps, 1)
    cos_part = min_lr + 0.5 * base_lr * (1.0 + np.cos(np.pi * step_arr / total_steps))
    out = np.where(step_arr < warmup_steps, warm, cos_part).astype(np.float64)
    return float(out) if out.ndim == 0 else out
