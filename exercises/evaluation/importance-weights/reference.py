import numpy as np


def importance_weights(p_target, n_source, n_target, max_weight):
    c = np.asarray(p_target, dtype=np.float64)
    odds = c / (1.0 - c)                                     # the classifier's odds of "target"
    ratio = (n_source / n_target) * odds                     # over the prior odds n_target / n_source
    weights = np.minimum(ratio / ratio.mean(), max_weight)   # normalize to mean 1, then clip
    return ratio, weights
