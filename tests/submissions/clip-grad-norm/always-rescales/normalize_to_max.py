import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = np.sqrt(sum(float(np.vdot(g, g)) for g in grads))
    factor = max_norm / total_norm
    return [factor * g for g in grads], float(total_norm)
