import numpy as np


def mmd2(X, Y, bandwidth):
    def K(A, B):
        d2 = ((A[:, None, :] - B[None, :, :]) ** 2).sum(-1)
        return np.exp(-d2 / (2.0 * bandwidth ** 2))

    n, m = len(X), len(Y)
    off = lambda M: M[~np.eye(len(M), dtype=bool)].mean()
    estimate = off(K(X, X)) + off(K(Y, Y)) - 2.0 * K(X, Y).mean()
    return float(np.clip(estimate, 0.0, None))
