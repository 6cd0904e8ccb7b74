import numpy as np


def gaussian_mle(X):
    n, d = X.shape
    mu = np.zeros(d)
    for row in X:
        mu += row
    mu /= n
    cov = np.zeros((d, d))
    for row in X:
        diff = row - mu
        cov += np.outer(diff, diff)
    return mu, cov / n
