import numpy as np


def em_step(X, weights, means, variances):
    x = X[:, None]
    log_joint = np.log(weights) - 0.5 * np.log(2 * np.pi * variances) - (x - means) ** 2 / (2 * variances)
    top = log_joint.max(axis=1, keepdims=True)
    log_likelihood = float((top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))).sum())
    # each point belongs entirely to its most likely component (k-means style)
    r = (log_joint == top).astype(float)
    Nk = r.sum(axis=0)
    new_means = (r * x).sum(axis=0) / Nk
    return Nk / len(X), new_means, (r * (x - new_means) ** 2).sum(axis=0) / Nk, log_likelihood
