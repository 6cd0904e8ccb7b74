import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    clipped = []
    for g in grads:
        norm = np.sqrt(np.sum(g ** 2))                # each array by its own norm
        clipped.append(g * (max_norm / norm) if norm > max_norm else g.copy())
    return clipped, total_norm
