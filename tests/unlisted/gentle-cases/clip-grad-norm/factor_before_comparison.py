# expect: ZeroDivisionError
# divides max_norm by the global norm before comparing them: all-zero gradients (a flat spot) divide by 0
import numpy as np
def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(float(np.sum(g * g)) for g in grads)))
    scale = min(1.0, max_norm / total)
    return [np.array(g * scale) for g in grads], total
