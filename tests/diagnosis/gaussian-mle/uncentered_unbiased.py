# kind: combined
# expect: uncentered, unbiased-covariance
# why: averages x x^T without subtracting the mean and divides by N - 1
import numpy as np


def gaussian_mle(X):
    N = X.shape[0]
    mu = X.mean(axis=0)
    cov = X.T @ X / (N - 1)
    return mu, cov
