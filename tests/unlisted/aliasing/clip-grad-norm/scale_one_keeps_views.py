# Returns views of the inputs when nothing is clipped (`g[...]` is a view, not a copy).
# expect: shares its memory with the input 'grads
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(float(np.vdot(g, g)) for g in grads)))
    if total_norm > max_norm:
        return [g * (max_norm / total_norm) for g in grads], total_norm
    return [g[...] for g in grads], total_norm
