# Mistake: variance-uses-old-means. The reference with the new variances measured about the OLD means.
import numpy as np


def em_step(X, weights, means, variances):
    x = X[:, None]
    log_joint = (np.log(weights) - 0.5 * np.log(2 * np.pi * variances)
                 - (x - means) ** 2 / (2 * variances))
    top = log_joint.max(axis=1, keepdims=True)
    log_px = top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))
    log_likelihood = float(log_px.sum())
    r = np.exp(log_joint - log_px)

    Nk = r.sum(axis=0)
    new_weights = Nk / X.shape[0]
    new_means = (r * x).sum(axis=0) / Nk
    new_variances = (r * (x - means) ** 2).sum(axis=0) / Nk         # the mistake: means, not new_means
    return new_weights, new_means, new_variances, log_likelihood
