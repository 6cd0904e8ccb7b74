import numpy as np


def gaussian_mle(X):
    n = len(X)
    mu = X.sum(0) / n
    second = np.einsum("ni,nj->ij", X, X) / n      # E[x x^T]
    return mu, second - np.outer(mu, mu)           # Cov = E[x x^T] - mu mu^T
