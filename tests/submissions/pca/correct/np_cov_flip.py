import numpy as np


def pca(X, k):
    cov = np.cov(X, rowvar=False)                 # ddof=1 by default, centers for us
    values, vectors = np.linalg.eigh(np.atleast_2d(cov))
    values, vectors = values[::-1], vectors[:, ::-1]
    return np.ascontiguousarray(vectors[:, :k].T), values[:k]
