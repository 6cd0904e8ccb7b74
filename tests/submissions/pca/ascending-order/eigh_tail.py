import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    cov = np.cov(Xc, rowvar=False)
    w, v = np.linalg.eigh(np.atleast_2d(cov))
    d = len(w)
    keep = list(range(d - k, d))                   # the k largest ... in eigh's ascending order
    return np.stack([v[:, i] for i in keep]), w[keep]
