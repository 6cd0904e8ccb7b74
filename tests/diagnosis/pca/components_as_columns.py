# kind: unlisted
# expect: generic:transposed
# why: sorts and slices eigh's eigenvectors correctly but returns them as they come, one component per column (d, k), instead of one per row (k, d)
import numpy as np


def pca(X, k):
    N, d = X.shape
    Xc = X - np.mean(X, axis=0)
    C = Xc.T @ Xc / (N - 1)
    w, V = np.linalg.eigh(C)
    order = np.argsort(w)[::-1][:k]
    return V[:, order], w[order]
