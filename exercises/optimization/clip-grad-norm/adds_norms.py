# Mistake: adds-norms. The reference, with total_norm the sum of the arrays' norms.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(sum(np.sqrt(np.sum(g ** 2)) for g in grads))    # the mistake: a sum of norms
    if total_norm > max_norm:
        scale = max_norm / total_norm
        return [g * scale for g in grads], total_norm
    return [g.copy() for g in grads], total_norm
