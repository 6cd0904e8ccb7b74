import numpy as np


def gaussian_mle(X):
    mean = np.mean(X, 0)
    covariance = np.cov(X, bias=True)
    return mean, covariance
