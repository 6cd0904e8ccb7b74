import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    if total_norm > max_norm:
        for g in grads:
            g *= max_norm / total_norm                # like PyTorch's clip_grad_norm_
    return grads, total_norm
