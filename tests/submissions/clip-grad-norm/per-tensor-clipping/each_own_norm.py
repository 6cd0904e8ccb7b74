import numpy as np


def clip_by_global_norm(grads, max_norm):
    norms = [np.linalg.norm(g) for g in grads]
    total_norm = float(np.sqrt(sum(n ** 2 for n in norms)))
    clipped = [g * min(1.0, max_norm / n) if n > 0 else g.copy() for g, n in zip(grads, norms)]
    return clipped, total_norm
