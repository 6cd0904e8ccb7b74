import numpy as np


def pairwise_sq_distances(X, Y):
    x_sq = np.sum(X * X, axis=1)                 # (n,)  ||x_i||^2
    y_sq = np.sum(Y * Y, axis=1)                 # (m,)  ||y_j||^2
    cross = X @ Y.T                              # (n, m)  x_i . y_j
    D = x_sq[:, None] + y_sq[None, :] - 2.0 * cross
    return np.maximum(D, 0.0)                    # cancellation can leave tiny negatives
