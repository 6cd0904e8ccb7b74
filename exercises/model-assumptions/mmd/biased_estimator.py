# Mistake: biased-estimator. The reference, with the within-sample terms the means over every entry,
# the diagonal k(x_i, x_i) = 1 included.
import numpy as np


def rbf(A, B, bandwidth):
    sq_dist = ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1)
    return np.exp(-sq_dist / (2 * bandwidth ** 2))


def mmd2(X, Y, bandwidth):
    n, m = X.shape[0], Y.shape[0]
    Kxx, Kyy, Kxy = rbf(X, X, bandwidth), rbf(Y, Y, bandwidth), rbf(X, Y, bandwidth)
    within_x = Kxx.sum() / (n * n)                  # the mistake: i == j kept
    within_y = Kyy.sum() / (m * m)                  # the mistake: i == j kept
    across = Kxy.sum() / (n * m)
    return float(within_x + within_y - 2 * across)
