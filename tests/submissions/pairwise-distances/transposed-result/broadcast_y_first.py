import numpy as np


def pairwise_sq_distances(X, Y):
    diff = Y[:, None, :] - X[None, :, :]
    return np.sum(diff * diff, axis=2)
