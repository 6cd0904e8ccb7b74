import numpy as np


def importance_weights(p_target, n_source, n_target, max_weight):
    prior_correction = float(n_source) / float(n_target)
    n = len(p_target)
    ratio = np.empty(n)
    for i in range(n):
        c = float(p_target[i])
        ratio[i] = prior_correction * c / (1 - c)
    average = sum(ratio) / n
    weights = np.empty(n)
    for i in range(n):
        weights[i] = min(ratio[i] / average, max_weight)
    return ratio, weights
