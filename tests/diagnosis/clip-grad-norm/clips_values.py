# kind: unlisted
# expect: none
# why: computes the global norm correctly but then clips by value (np.clip to [-max_norm, max_norm], like clip_grad_value_) instead of rescaling every array by max_norm / total_norm
import numpy as np


def clip_by_global_norm(grads, max_norm):
    squares = sum(float(np.sum(g * g)) for g in grads)
    total_norm = squares ** 0.5
    if total_norm > max_norm:
        clipped = [np.clip(g, -max_norm, max_norm) for g in grads]
    else:
        clipped = [g.copy() for g in grads]
    return clipped, total_norm
