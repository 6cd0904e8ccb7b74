# Mistake: per-tensor-clipping. The reference, with each array clipped by its own norm.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    clipped = []
    for g in grads:
        norm = np.sqrt(np.sum(g ** 2))              # the mistake: each array by its own norm
        if norm > max_norm:
            scale = max_norm / norm
            clipped.append(g * scale)
        else:
            clipped.append(g.copy())
    return clipped, total_norm
