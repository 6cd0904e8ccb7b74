import numpy as np


def importance_weights(p_target, n_source, n_target, max_weight):
    c = np.asarray(p_target, dtype=float)
    prior_odds = n_target / n_source
    ratio = prior_odds * c / (1.0 - c)
    weights = np.minimum(ratio / np.mean(ratio), max_weight)
    return ratio, weights
