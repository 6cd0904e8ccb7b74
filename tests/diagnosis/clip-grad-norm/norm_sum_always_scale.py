# kind: combined
# expect: adds-norms, always-rescales
# why: total_norm is the sum of the per-array np.linalg.norm values, and every array is multiplied by max_norm / total_norm whether or not the norm exceeds max_norm
import numpy as np


def clip_by_global_norm(grads, max_norm):
    # global norm = the norms of all the parameter gradients put together
    total_norm = 0.0
    for g in grads:
        total_norm += np.linalg.norm(g)
    total_norm = float(total_norm)

    # rescale so the length becomes max_norm
    scale = max_norm / total_norm
    clipped = [g * scale for g in grads]
    return clipped, total_norm
