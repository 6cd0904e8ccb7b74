import numpy as np


def pairwise_sq_distances(X, Y):
    D = np.sum(X ** 2, axis=1)[:, None] + np.sum(Y ** 2, axis=1)[None, :] - 2 * X @ Y.T
    return np.maximum(D, 0).T
