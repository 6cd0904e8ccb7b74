# Mistake: uncentered. The reference, averaging x x^T of the raw samples (not centered).
import numpy as np


def gaussian_mle(X):
    n = X.shape[0]
    mu = X.sum(axis=0) / n
    centered = X - mu
    cov = X.T @ X / n                       # the mistake: X instead of the centered samples
    return mu, cov
