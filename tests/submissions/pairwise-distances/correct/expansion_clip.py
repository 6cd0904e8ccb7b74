import numpy as np


def pairwise_sq_distances(X, Y):
    xx = np.einsum("ij,ij->i", X, X)
    yy = np.einsum("ij,ij->i", Y, Y)
    D = np.add.outer(xx, yy) - 2 * np.dot(X, Y.T)
    return np.clip(D, 0, None)
