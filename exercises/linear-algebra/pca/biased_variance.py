import numpy as np


def pca(X, k):
    N = X.shape[0]
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / N                              # divides by N: the biased variance
    variances, vectors = np.linalg.eigh(C)
    top = np.argsort(variances)[::-1][:k]
    return vectors[:, top].T, variances[top]
