import numpy as np


def _kernel(A, B, bandwidth):
    return np.exp(-((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1) / (2 * bandwidth ** 2))


def mmd2(X, Y, bandwidth):
    n, m = len(X), len(Y)
    Kxx, Kyy, Kxy = _kernel(X, X, bandwidth), _kernel(Y, Y, bandwidth), _kernel(X, Y, bandwidth)
    value = (Kxx.sum() - n) / (n * (n - 1)) + (Kyy.sum() - m) / (m * (m - 1)) - 2 * Kxy.mean()
    return float(max(value, 0.0))                     # a squared distance "cannot" be negative
