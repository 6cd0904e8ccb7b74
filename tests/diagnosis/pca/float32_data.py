# kind: unlisted
# expect: generic:float32-precision
# why: casts X to float32 before centering (to save memory), so the covariance, eigenvectors and variances are only float32-accurate
import numpy as np


def pca(X, k):
    X32 = X.astype(np.float32)
    mean = X32.mean(axis=0)
    Xc = X32 - mean
    C = Xc.T @ Xc / (X32.shape[0] - 1)
    vals, vecs = np.linalg.eigh(C)
    vals, vecs = vals[::-1], vecs[:, ::-1]
    return vecs[:, :k].T, vals[:k]
