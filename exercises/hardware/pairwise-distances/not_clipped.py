# Mistake: not-clipped. The reference without the clip at 0: cancellation can leave tiny negatives.
import numpy as np


def pairwise_sq_distances(X, Y):
    x_sq = np.sum(X * X, axis=1)
    y_sq = np.sum(Y * Y, axis=1)
    cross = X @ Y.T
    D = x_sq[:, None] + y_sq[None, :] - 2.0 * cross
    return D                                     # the mistake: not np.maximum(D, 0.0)
