import numpy as np


def pca(X, k):
    n = X.shape[0]
    centered = X - np.mean(X, axis=0, keepdims=True)
    _, singular_values, vt = np.linalg.svd(centered, full_matrices=False)
    return vt[:k].copy(), singular_values[:k] ** 2 / (n - 1)
