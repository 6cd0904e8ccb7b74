import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    return vt[:k], s[:k]                          # singular values, not variances
