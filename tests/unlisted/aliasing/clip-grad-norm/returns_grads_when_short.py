# Under the threshold it hands back the caller's own list and arrays: "return the gradients
# unchanged" read as "return the same objects". The statement asks for a new list of new
# arrays, and a caller that then scales `clipped` in place would scale its gradients too.
# expect: shares its memory with the input 'grads
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    if total_norm <= max_norm:
        return grads, total_norm
    return [g * (max_norm / total_norm) for g in grads], total_norm
