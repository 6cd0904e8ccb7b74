import numpy as np


def em_step(X, weights, means, variances):
    x = X[:, None]                                                   # (N, 1) against (K,)
    # log of pi_k * N(x_n | mu_k, var_k), shape (N, K)
    log_joint = (np.log(weights) - 0.5 * np.log(2 * np.pi * variances)
                 - (x - means) ** 2 / (2 * variances))
    # log p(x_n) = logsumexp over k, shifted by the row max so nothing underflows to log(0)
    top = log_joint.max(axis=1, keepdims=True)
    log_px = top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))   # (N, 1)
    log_likelihood = float(log_px.sum())
    r = np.exp(log_joint - log_px)                                   # responsibilities (N, K)

    Nk = r.sum(axis=0)                                               # (K,) soft counts
    new_weights = Nk / X.shape[0]
    new_means = (r * x).sum(axis=0) / Nk
    new_variances = (r * (x - new_means) ** 2).sum(axis=0) / Nk
    return new_weights, new_means, new_variances, log_likelihood
