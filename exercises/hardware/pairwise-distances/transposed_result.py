import numpy as np


def pairwise_sq_distances(X, Y):
    x_sq = np.sum(X * X, axis=1)
    y_sq = np.sum(Y * Y, axis=1)
    D = y_sq[:, None] + x_sq[None, :] - 2.0 * (Y @ X.T)     # (m, n): rows follow Y
    return np.maximum(D, 0.0)
