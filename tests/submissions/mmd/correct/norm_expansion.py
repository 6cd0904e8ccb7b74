import numpy as np


def gram(A, B, h):
    sq = (A ** 2).sum(1)[:, None] + (B ** 2).sum(1)[None, :] - 2 * A @ B.T
    return np.exp(-np.maximum(sq, 0.0) / (2 * h * h))


def mmd2(X, Y, bandwidth):
    n, m = X.shape[0], Y.shape[0]
    Kxx = gram(X, X, bandwidth)
    Kyy = gram(Y, Y, bandwidth)
    np.fill_diagonal(Kxx, 0.0)
    np.fill_diagonal(Kyy, 0.0)
    return float(Kxx.sum() / (n * (n - 1)) + Kyy.sum() / (m * (m - 1))
                 - 2.0 * gram(X, Y, bandwidth).sum() / (n * m))
