import numpy as np


def pca(X, k):
    Xc = X - X.mean(0)
    u, s, vt = np.linalg.svd(Xc, full_matrices=False)
    return vt[:k], (s ** 2 / len(X))[:k]
