import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(np.sqrt(np.sum([np.sum(np.square(g)) for g in grads])))
    if total_norm > max_norm:
        for g in grads:
            np.multiply(g, max_norm / total_norm, out=g)
    return list(grads), total_norm
