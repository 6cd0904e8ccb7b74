# A learner caches the within-X kernel mean by X's shape, as if X were a fixed reference set.
import numpy as np

_within_x = {}


def _kernel(A, B, bandwidth):
    d2 = ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1)
    return np.exp(-d2 / (2 * bandwidth ** 2))


def mmd2(X, Y, bandwidth):
    n, m = len(X), len(Y)
    key = (X.shape, bandwidth)
    if key not in _within_x:
        Kxx = _kernel(X, X, bandwidth)
        _within_x[key] = (Kxx.sum() - np.trace(Kxx)) / (n * (n - 1))
    Kyy = _kernel(Y, Y, bandwidth)
    within_y = (Kyy.sum() - np.trace(Kyy)) / (m * (m - 1))
    return float(_within_x[key] + within_y - 2 * _kernel(X, Y, bandwidth).mean())
