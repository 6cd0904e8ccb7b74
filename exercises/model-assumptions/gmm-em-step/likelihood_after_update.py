import numpy as np


def _log_joint(x, weights, means, variances):
    return np.log(weights) - 0.5 * np.log(2 * np.pi * variances) - (x - means) ** 2 / (2 * variances)


def _logsumexp(a):
    top = a.max(axis=1, keepdims=True)
    return top + np.log(np.exp(a - top).sum(axis=1, keepdims=True))


def em_step(X, weights, means, variances):
    x = X[:, None]
    log_joint = _log_joint(x, weights, means, variances)
    r = np.exp(log_joint - _logsumexp(log_joint))
    Nk = r.sum(axis=0)
    w, mu = Nk / len(X), (r * x).sum(axis=0) / Nk
    var = (r * (x - mu) ** 2).sum(axis=0) / Nk
    # the likelihood of the NEW parameters
    return w, mu, var, float(_logsumexp(_log_joint(x, w, mu, var)).sum())
