# Mistake: scales-in-place. The reference, scaling the caller's arrays in place (like PyTorch's
# clip_grad_norm_) and returning them.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    if total_norm > max_norm:
        scale = max_norm / total_norm
        for g in grads:
            g *= scale                              # the mistake: in place
    return grads, total_norm
