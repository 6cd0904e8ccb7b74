import numpy as np


def normal_pdf(x, mu, var):
    return np.exp(-((x - mu) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)


def em_step(X, weights, means, variances):
    dens = weights[None, :] * normal_pdf(X[:, None], means[None, :], variances[None, :])
    evidence = dens.sum(axis=1)
    ll = np.log(evidence).sum()
    gamma = dens / evidence[:, None]
    nk = gamma.sum(axis=0)
    mu = (gamma * X[:, None]).sum(axis=0) / nk
    var = (gamma * (X[:, None] - mu) ** 2).sum(axis=0) / nk
    return nk / X.size, mu, var, float(ll)
