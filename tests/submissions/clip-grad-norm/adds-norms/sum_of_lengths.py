import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = 0.0
    for g in grads:
        total_norm += np.sqrt((g * g).sum())
    scale = max_norm / total_norm if total_norm > max_norm else 1.0
    return [scale * g for g in grads], float(total_norm)
