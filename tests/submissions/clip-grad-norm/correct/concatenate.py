import numpy as np


def clip_by_global_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g) for g in grads])
    total_norm = float(np.linalg.norm(flat))
    scale = max_norm / total_norm if total_norm > max_norm else 1.0
    return [g * scale for g in grads], total_norm
