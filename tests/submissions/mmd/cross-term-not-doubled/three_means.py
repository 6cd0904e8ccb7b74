import numpy as np


def mmd2(X, Y, bandwidth):
    def K(A, B):
        d2 = ((A[:, None, :] - B[None, :, :]) ** 2).sum(-1)
        return np.exp(-d2 / (2.0 * bandwidth ** 2))

    off_diagonal = lambda M: M[~np.eye(len(M), dtype=bool)].mean()
    return float(off_diagonal(K(X, X)) + off_diagonal(K(Y, Y)) - K(X, Y).mean())
