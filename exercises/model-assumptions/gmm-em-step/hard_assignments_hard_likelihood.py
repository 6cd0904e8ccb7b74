import numpy as np


def em_step(X, weights, means, variances):
    x = X[:, None]
    log_joint = np.log(weights) - 0.5 * np.log(2 * np.pi * variances) - (x - means) ** 2 / (2 * variances)
    best = log_joint.argmax(axis=1)
    # the likelihood of the best component only, and argmax assignments
    log_likelihood = float(log_joint[np.arange(len(X)), best].sum())
    r = np.eye(len(weights))[best]
    Nk = r.sum(axis=0)
    new_means = (r * x).sum(axis=0) / Nk
    return Nk / len(X), new_means, (r * (x - new_means) ** 2).sum(axis=0) / Nk, log_likelihood
