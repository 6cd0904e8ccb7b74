import numpy as np


def gaussian_mle(X):
    n = X.shape[0]
    mu = X.sum(axis=0) / n                  # (d,): the average sample
    centered = X - mu                       # (N, d): every sample minus the mean
    cov = centered.T @ centered / n         # (d, d): (1/N) Σ_n (x_n - mu)(x_n - mu)^T
    return mu, cov
