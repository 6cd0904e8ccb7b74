import numpy as np


def importance_weights(p_target, n_source, n_target, max_weight):
    c = np.asarray(p_target, dtype=float)
    ratio = c / (1 - c)
    weights = ratio / ratio.mean()
    weights[weights > max_weight] = max_weight
    return ratio, weights
