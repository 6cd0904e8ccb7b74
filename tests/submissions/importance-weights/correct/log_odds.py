import numpy as np


def importance_weights(p_target, n_source, n_target, max_weight):
    p = np.array(p_target, dtype=float)
    log_odds = np.log(p) - np.log1p(-p)
    log_ratio = log_odds + np.log(n_source) - np.log(n_target)
    ratio = np.exp(log_ratio)
    # the prior correction cancels once normalized, so normalize the odds themselves
    odds = np.exp(log_odds)
    normalized = odds / np.mean(odds)
    weights = np.where(normalized > max_weight, max_weight, normalized)
    return ratio, weights
