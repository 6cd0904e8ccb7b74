import numpy as np


def gaussian_mle(X):
    mu = X.mean(axis=0)
    cov = np.cov(X, rowvar=False)
    return mu, np.atleast_2d(cov)
