import numpy as np


def pca(X, k):
    N, d = X.shape
    M = np.zeros((d, d))
    for i in range(d):
        for j in range(d):
            M[i, j] = np.sum(X[:, i] * X[:, j]) / (N - 1)
    w, V = np.linalg.eigh(M)
    order = np.argsort(-w)[:k]
    return V[:, order].T, w[order]
