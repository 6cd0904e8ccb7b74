import numpy as np


def gaussian_mle(X):
    n = X.shape[0]
    mu = X.mean(axis=0)
    centered = X - mu
    return mu, centered.T @ centered / (n - 1)
