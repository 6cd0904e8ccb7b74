import numpy as np


def pca(X, k):
    Xc = (X - X.mean(axis=0)) / np.sqrt(X.shape[0] - 1)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    return vt[:k], s[:k]                           # these are standard deviations
