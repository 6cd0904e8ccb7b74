import numpy as np


def gaussian_mle(X):
    """Maximum-likelihood estimates of a multivariate Gaussian fitted to the rows of X.

    X: float array (N, d), N samples of a d-dimensional vector.
    Returns (mu, cov): mu of shape (d,), the sample mean; cov of shape (d, d), the average
    outer product of the centered samples, dividing by N. Must not modify X.
    """
    raise NotImplementedError("gaussian_mle: the mean of the rows, then the average outer product of X - mu")
