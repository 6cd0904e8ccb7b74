import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    variances, vectors = np.linalg.eigh(Xc.T @ Xc / (X.shape[0] - 1))
    return vectors[:, -k:].T, variances[-k:]      # the k largest, but smallest of them first
