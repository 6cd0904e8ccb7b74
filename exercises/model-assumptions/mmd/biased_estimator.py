import numpy as np


def _kernel(A, B, bandwidth):
    return np.exp(-((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1) / (2 * bandwidth ** 2))


def mmd2(X, Y, bandwidth):
    # means over every entry, the diagonal k(x_i, x_i) = 1 included
    return float(_kernel(X, X, bandwidth).mean() + _kernel(Y, Y, bandwidth).mean()
                 - 2 * _kernel(X, Y, bandwidth).mean())
