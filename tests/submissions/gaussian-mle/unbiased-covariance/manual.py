import numpy as np


def gaussian_mle(X):
    n, d = X.shape
    mu = np.sum(X, axis=0) / n
    cov = np.zeros((d, d))
    for i in range(d):
        for j in range(d):
            cov[i, j] = np.sum((X[:, i] - mu[i]) * (X[:, j] - mu[j])) / (n - 1)
    return mu, cov
