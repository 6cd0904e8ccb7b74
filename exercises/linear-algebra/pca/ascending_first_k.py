# Mistake: ascending-order (the first k). The reference without the reversal: eigh's first
# columns, the smallest variances.
import numpy as np


def pca(X, k):
    N = X.shape[0]
    Xc = X - X.mean(axis=0)                        # center every feature
    C = Xc.T @ Xc / (N - 1)                        # sample covariance, (d, d)
    variances, vectors = np.linalg.eigh(C)         # ascending eigenvalues, orthonormal columns
    top = np.argsort(variances)[:k]                # the k smallest
    return vectors[:, top].T, variances[top]
