import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(sum(np.sqrt(np.sum(g ** 2)) for g in grads))    # a sum of norms
    if total_norm > max_norm:
        return [g * (max_norm / total_norm) for g in grads], total_norm
    return [g.copy() for g in grads], total_norm
