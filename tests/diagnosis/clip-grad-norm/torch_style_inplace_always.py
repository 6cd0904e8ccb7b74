# kind: combined
# expect: always-rescales, scales-in-place
# why: copies PyTorch's clip_grad_norm_ loosely: multiplies every grad in place by max_norm / total_norm (no `if total > max_norm`), then returns the caller's own list
import numpy as np


def clip_by_global_norm(grads, max_norm):
    sq = 0.0
    for p in grads:
        sq = sq + (p ** 2).sum()
    total_norm = np.sqrt(sq)
    clip_coef = max_norm / (total_norm + 1e-6)
    for p in grads:
        p *= clip_coef
    return grads, float(total_norm)
