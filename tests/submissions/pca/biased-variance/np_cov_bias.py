import numpy as np


def pca(X, k):
    C = np.cov(X.T, bias=True)
    vals, vecs = np.linalg.eigh(np.atleast_2d(C))
    order = np.argsort(vals)[::-1][:k]
    return vecs[:, order].T, vals[order]
