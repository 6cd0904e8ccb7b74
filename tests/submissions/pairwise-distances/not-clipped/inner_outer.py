import numpy as np


def pairwise_sq_distances(X, Y):
    return np.add.outer((X ** 2).sum(1), (Y ** 2).sum(1)) - 2 * np.inner(X, Y)
