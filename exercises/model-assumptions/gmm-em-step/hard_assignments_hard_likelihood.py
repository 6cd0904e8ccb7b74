# Mistake: hard-assignments (with the likelihood of the best component only). The reference with each
# point belonging entirely to its first most likely component, and the log-likelihood summing only that
# component's log joint.
import numpy as np


def em_step(X, weights, means, variances):
    x = X[:, None]
    log_joint = (np.log(weights) - 0.5 * np.log(2 * np.pi * variances)
                 - (x - means) ** 2 / (2 * variances))
    top = log_joint.max(axis=1, keepdims=True)
    log_px = top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))
    log_likelihood = float(top.sum())                               # the mistake: the best component only
    r = np.eye(len(weights))[log_joint.argmax(axis=1)]              # the mistake: argmax assignments

    Nk = r.sum(axis=0)
    new_weights = Nk / X.shape[0]
    new_means = (r * x).sum(axis=0) / Nk
    new_variances = (r * (x - new_means) ** 2).sum(axis=0) / Nk
    return new_weights, new_means, new_variances, log_likelihood
