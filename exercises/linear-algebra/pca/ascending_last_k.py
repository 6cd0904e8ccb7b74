# Mistake: ascending-order (the last k). The reference without the reversal: the k largest,
# but the smallest of them first.
import numpy as np


def pca(X, k):
    N = X.shape[0]
    Xc = X - X.mean(axis=0)                        # center every feature
    C = Xc.T @ Xc / (N - 1)                        # sample covariance, (d, d)
    variances, vectors = np.linalg.eigh(C)         # ascending eigenvalues, orthonormal columns
    top = np.argsort(variances)[-k:]               # the k largest, smallest first
    return vectors[:, top].T, variances[top]
