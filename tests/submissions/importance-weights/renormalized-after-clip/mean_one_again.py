import numpy as np


def importance_weights(p_target, n_source, n_target, max_weight):
    c = np.asarray(p_target, dtype=float)
    ratio = (n_source / n_target) * (c / (1 - c))
    w = np.minimum(ratio / ratio.mean(), max_weight)
    w = w * (len(w) / w.sum())          # keep the weights averaging to one
    return ratio, w
