# Mistake: rows-as-variables. The reference, with np.cov's default rowvar=True (rows as variables).
import numpy as np


def gaussian_mle(X):
    n = X.shape[0]
    mu = X.sum(axis=0) / n
    centered = X - mu
    cov = np.cov(X)                         # the mistake: (N, N), rows taken as variables
    return mu, cov
