import numpy as np


def importance_weights(p_target, n_source, n_target, max_weight):
    # the classifier already says how "target-like" each point is
    ratio = np.asarray(p_target, dtype=float) * (n_source / n_target)
    w = ratio / ratio.mean()
    w = np.clip(w, 0.0, max_weight)
    return ratio, w
