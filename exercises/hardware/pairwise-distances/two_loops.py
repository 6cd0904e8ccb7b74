"""The baseline of the speed check: the two-loop computation the exercise replaces."""
import numpy as np


def pairwise_sq_distances(X, Y):
    n, m = X.shape[0], Y.shape[0]
    D = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            D[i, j] = np.sum((X[i] - Y[j]) ** 2)
    return D
