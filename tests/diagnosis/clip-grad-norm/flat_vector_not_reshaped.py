# kind: unlisted
# expect: generic:missing-reshape
# why: follows "put all entries end to end": clips the concatenated vector, then splits it back into pieces of the right sizes but never reshapes them, so every array comes back 1-D (shape () becomes (1,))
import numpy as np


def clip_by_global_norm(grads, max_norm):
    flat = np.concatenate([np.ravel(g) for g in grads])
    total_norm = float(np.sqrt(flat @ flat))
    if total_norm > max_norm:
        flat = flat * (max_norm / total_norm)
    else:
        flat = flat.copy()
    cuts = np.cumsum([np.size(g) for g in grads])[:-1]
    clipped = np.split(flat, cuts)
    return clipped, total_norm
