import numpy as np


def pairwise_sq_distances(X, Y):
    """Squared Euclidean distances between the rows of X (n, d) and of Y (m, d).

    Returns D of shape (n, m) with D[i, j] = ||X[i] - Y[j]||^2, never negative, computed
    without Python loops. X and Y are left unchanged.
    """
    raise NotImplementedError("pairwise_sq_distances: expand the square, vectorize, clip")
