# Mistake: rows-as-variables (with bias=True). The reference, with np.cov taking rows as variables.
import numpy as np


def gaussian_mle(X):
    n = X.shape[0]
    mu = X.sum(axis=0) / n
    centered = X - mu
    cov = np.cov(X, bias=True)              # the mistake: (N, N), rows taken as variables
    return mu, cov
