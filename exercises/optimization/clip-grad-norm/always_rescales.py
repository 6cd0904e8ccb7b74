# Mistake: always-rescales. The reference, scaling by max_norm / total_norm even when total_norm <= max_norm.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    scale = max_norm / total_norm                   # the mistake: no test of total_norm > max_norm
    return [g * scale for g in grads], total_norm   # (small gradients are scaled up)
