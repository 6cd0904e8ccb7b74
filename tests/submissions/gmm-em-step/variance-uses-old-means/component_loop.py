import numpy as np


def em_step(X, weights, means, variances):
    K = len(weights)
    logs = np.empty((len(X), K))
    for k in range(K):
        logs[:, k] = np.log(weights[k]) - np.log(np.sqrt(2 * np.pi * variances[k])) \
            - (X - means[k]) ** 2 / (2 * variances[k])
    m = logs.max(axis=1)
    log_px = m + np.log(np.exp(logs - m[:, None]).sum(axis=1))
    r = np.exp(logs - log_px[:, None])
    w, mu, var = np.empty(K), np.empty(K), np.empty(K)
    for k in range(K):
        nk = r[:, k].sum()
        w[k] = nk / len(X)
        mu[k] = np.dot(r[:, k], X) / nk
        var[k] = np.dot(r[:, k], (X - means[k]) ** 2) / nk
    return w, mu, var, float(log_px.sum())
