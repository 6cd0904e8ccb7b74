import numpy as np


def gaussian_mle(X):
    n = X.shape[0]
    mu = np.mean(X, axis=0)
    cov = sum(np.outer(x, x) for x in X) / n
    return mu, cov
