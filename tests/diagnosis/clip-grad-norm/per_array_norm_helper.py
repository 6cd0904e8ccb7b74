# kind: harmless
# expect: per-tensor-clipping
# why: clips each array by its own norm when that exceeds max_norm; the helper, the np.linalg.norm of the flattened arrays and the np.array(g, copy=True) copies are equivalent rewrites
import numpy as np


def _l2(a):
    return np.linalg.norm(np.ravel(a))


def clip_by_global_norm(grads, max_norm):
    norms = [_l2(g) for g in grads]
    total_norm = float(np.sqrt(np.sum(np.square(norms))))

    clipped = []
    for g, n in zip(grads, norms):
        if n > max_norm:
            clipped.append(g * (max_norm / n))
        else:
            clipped.append(np.array(g, copy=True))
    return clipped, total_norm
