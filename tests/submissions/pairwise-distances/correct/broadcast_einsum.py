import numpy as np


def pairwise_sq_distances(X, Y):
    diff = X[:, np.newaxis, :] - Y[np.newaxis, :, :]       # (n, m, d)
    return np.einsum("ijk,ijk->ij", diff, diff)
