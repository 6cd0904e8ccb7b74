# Mistake: hard-assignments. The reference with each point belonging entirely to its most likely
# component (k-means style): r is 1 where log_joint is the row's maximum, 0 elsewhere.
import numpy as np


def em_step(X, weights, means, variances):
    x = X[:, None]
    log_joint = (np.log(weights) - 0.5 * np.log(2 * np.pi * variances)
                 - (x - means) ** 2 / (2 * variances))
    top = log_joint.max(axis=1, keepdims=True)
    log_px = top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))
    log_likelihood = float(log_px.sum())
    r = (log_joint == top).astype(float)                            # the mistake: hard assignments

    Nk = r.sum(axis=0)
    new_weights = Nk / X.shape[0]
    new_means = (r * x).sum(axis=0) / Nk
    new_variances = (r * (x - new_means) ** 2).sum(axis=0) / Nk
    return new_weights, new_means, new_variances, log_likelihood
