# expect: ZeroDivisionError
# min(1, max_norm / total_norm) divides before it compares: all-zero gradients divide by 0
import numpy as np


def clip_by_global_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g) for g in grads])
    total_norm = float(np.linalg.norm(flat))
    scale = min(1.0, max_norm / total_norm)
    return [g * scale for g in grads], total_norm
