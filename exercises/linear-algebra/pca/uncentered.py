import numpy as np


def pca(X, k):
    N = X.shape[0]
    C = X.T @ X / (N - 1)                          # no centering: the mean leaks into "C"
    variances, vectors = np.linalg.eigh(C)
    top = np.argsort(variances)[::-1][:k]
    return vectors[:, top].T, variances[top]
