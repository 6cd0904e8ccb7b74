# Mistake: always-rescales, with total_norm kept a NumPy scalar: when every gradient is 0,
# max_norm / total_norm is inf (a NumPy division), not a ZeroDivisionError, and 0 * inf is NaN.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = np.sqrt(sum(np.sum(g ** 2) for g in grads))
    scale = max_norm / total_norm                   # the mistake: no test of total_norm > max_norm
    return [g * scale for g in grads], float(total_norm)
