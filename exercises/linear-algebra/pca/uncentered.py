# Mistake: uncentered. The reference computing C from X, not Xc: the mean leaks into "C".
import numpy as np


def pca(X, k):
    N = X.shape[0]
    Xc = X - X.mean(axis=0)                        # center every feature
    C = X.T @ X / (N - 1)                          # no centering (Xc unused)
    variances, vectors = np.linalg.eigh(C)         # ascending eigenvalues, orthonormal columns
    top = np.argsort(variances)[::-1][:k]          # the k largest, largest first
    return vectors[:, top].T, variances[top]
