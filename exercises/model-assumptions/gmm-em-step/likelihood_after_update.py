# Mistake: likelihood-after-update. The reference returning the log-likelihood of the NEW parameters.
import numpy as np


def em_step(X, weights, means, variances):
    x = X[:, None]
    log_joint = (np.log(weights) - 0.5 * np.log(2 * np.pi * variances)
                 - (x - means) ** 2 / (2 * variances))
    top = log_joint.max(axis=1, keepdims=True)
    log_px = top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))
    r = np.exp(log_joint - log_px)

    Nk = r.sum(axis=0)
    new_weights = Nk / X.shape[0]
    new_means = (r * x).sum(axis=0) / Nk
    new_variances = (r * (x - new_means) ** 2).sum(axis=0) / Nk
    # the mistake: the log-likelihood computed after the update, of the new parameters
    log_joint = (np.log(new_weights) - 0.5 * np.log(2 * np.pi * new_variances)
                 - (x - new_means) ** 2 / (2 * new_variances))
    top = log_joint.max(axis=1, keepdims=True)
    log_px = top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))
    log_likelihood = float(log_px.sum())
    return new_weights, new_means, new_variances, log_likelihood
