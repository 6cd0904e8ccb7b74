import numpy as np


def clip_by_global_norm(grads, max_norm):
    norms = np.array([np.linalg.norm(np.ravel(g)) for g in grads])
    total_norm = np.linalg.norm(norms)            # the norm of the per-array norms is the global norm
    clip_coef = max_norm / (total_norm + 1e-6)    # as torch.nn.utils.clip_grad_norm_ does
    if clip_coef < 1:
        return [g * clip_coef for g in grads], total_norm
    return [np.array(g, copy=True) for g in grads], total_norm
