import numpy as np


def log_densities(X, w, mu, var):
    return np.log(w) - 0.5 * np.log(2 * np.pi * var) - (X[:, None] - mu) ** 2 / (2 * var)


def em_step(X, weights, means, variances):
    L = log_densities(X, weights, means, variances)
    L -= np.logaddexp.reduce(L, axis=1, keepdims=True)
    R = np.exp(L)
    Nk = R.sum(0)
    w = Nk / len(X)
    mu = R.T.dot(X) / Nk
    var = (R * (X[:, None] - mu) ** 2).sum(0) / Nk
    loglik = np.logaddexp.reduce(log_densities(X, w, mu, var), axis=1).sum()
    return w, mu, var, float(loglik)
