import numpy as np


def em_step(X, weights, means, variances):
    K = len(weights)
    logs = np.stack([np.log(weights[k]) - 0.5 * np.log(2 * np.pi * variances[k])
                     - (X - means[k]) ** 2 / (2 * variances[k]) for k in range(K)], axis=1)
    ll = float(np.logaddexp.reduce(logs, axis=1).sum())
    label = np.argmax(logs, axis=1)
    w, mu, var = np.empty(K), np.empty(K), np.empty(K)
    for k in range(K):
        members = X[label == k]
        w[k] = len(members) / len(X)
        mu[k] = members.mean()
        var[k] = members.var()
    return w, mu, var, ll
