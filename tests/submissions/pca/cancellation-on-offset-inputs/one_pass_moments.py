import numpy as np


def pca(X, k):
    """Covariance from raw moments: (sum x x^T - N mu mu^T) / (N - 1)."""
    N, d = X.shape
    mu = X.sum(axis=0) / N
    second = np.zeros((d, d))
    for row in X:
        second += np.outer(row, row)
    cov = (second - N * np.outer(mu, mu)) / (N - 1)
    values, vectors = np.linalg.eigh(cov)
    idx = sorted(range(d), key=lambda i: -values[i])[:k]
    comps = np.array([vectors[:, i] / np.linalg.norm(vectors[:, i]) for i in idx])
    return comps, np.array([values[i] for i in idx])
