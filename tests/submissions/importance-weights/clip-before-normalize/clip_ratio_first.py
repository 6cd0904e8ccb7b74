import numpy as np


def importance_weights(p_target, n_source, n_target, max_weight):
    c = np.asarray(p_target, dtype=float)
    ratio = n_source * c / (n_target * (1.0 - c))
    capped = np.clip(ratio, None, max_weight)
    return ratio, capped / capped.mean()
