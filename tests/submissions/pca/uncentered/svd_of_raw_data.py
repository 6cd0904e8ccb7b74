import numpy as np


def pca(X, k):
    _, s, vt = np.linalg.svd(X, full_matrices=False)
    return vt[:k], s[:k] ** 2 / (X.shape[0] - 1)
