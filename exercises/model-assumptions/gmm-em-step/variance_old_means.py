import numpy as np


def em_step(X, weights, means, variances):
    x = X[:, None]
    log_joint = np.log(weights) - 0.5 * np.log(2 * np.pi * variances) - (x - means) ** 2 / (2 * variances)
    top = log_joint.max(axis=1, keepdims=True)
    log_px = top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))
    r = np.exp(log_joint - log_px)
    Nk = r.sum(axis=0)
    new_means = (r * x).sum(axis=0) / Nk
    new_variances = (r * (x - means) ** 2).sum(axis=0) / Nk          # about the OLD means
    return Nk / len(X), new_means, new_variances, float(log_px.sum())
