# Mistake: transposed-result. The reference with the roles of X and Y swapped: an (m, n) result whose rows
# follow Y.
import numpy as np


def pairwise_sq_distances(X, Y):
    x_sq = np.sum(X * X, axis=1)
    y_sq = np.sum(Y * Y, axis=1)
    cross = Y @ X.T                              # the mistake: (m, n)
    D = y_sq[:, None] + x_sq[None, :] - 2.0 * cross   # the mistake: rows follow Y
    return np.maximum(D, 0.0)
