# Mistake: unbiased-covariance. The reference, dividing by N - 1 (Bessel's correction).
import numpy as np


def gaussian_mle(X):
    n = X.shape[0]
    mu = X.sum(axis=0) / n
    centered = X - mu
    cov = centered.T @ centered / (n - 1)   # the mistake: N - 1 instead of N
    return mu, cov
