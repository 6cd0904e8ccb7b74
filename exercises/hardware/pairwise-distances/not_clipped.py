import numpy as np


def pairwise_sq_distances(X, Y):
    x_sq = np.sum(X * X, axis=1)
    y_sq = np.sum(Y * Y, axis=1)
    return x_sq[:, None] + y_sq[None, :] - 2.0 * (X @ Y.T)
