import numpy as np


def em_step(X, weights, means, variances):
    diff = np.subtract.outer(X, means)                       # (N, K)
    log_p = np.log(weights) - 0.5 * (np.log(2 * np.pi) + np.log(variances)) - diff ** 2 / (2 * variances)
    log_norm = np.logaddexp.reduce(log_p, axis=1)            # (N,)
    resp = np.exp(log_p - log_norm[:, None])
    counts = resp.sum(axis=0)
    mu = resp.T @ X / counts
    var = np.einsum("nk,nk->k", resp, np.subtract.outer(X, mu) ** 2) / counts
    return counts / len(X), mu, var, float(np.sum(log_norm))
