# Mistake: cross-term-not-doubled. The reference, with the cross term subtracted once.
import numpy as np


def rbf(A, B, bandwidth):
    sq_dist = ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1)
    return np.exp(-sq_dist / (2 * bandwidth ** 2))


def mmd2(X, Y, bandwidth):
    n, m = X.shape[0], Y.shape[0]
    Kxx, Kyy, Kxy = rbf(X, X, bandwidth), rbf(Y, Y, bandwidth), rbf(X, Y, bandwidth)
    within_x = (Kxx.sum() - np.trace(Kxx)) / (n * (n - 1))
    within_y = (Kyy.sum() - np.trace(Kyy)) / (m * (m - 1))
    across = Kxy.sum() / (n * m)
    return float(within_x + within_y - across)      # the mistake: not 2 * across
