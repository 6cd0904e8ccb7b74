import numpy as np


def pairwise_sq_distances(X, Y):
    a = np.linalg.norm(X, axis=1) ** 2
    b = np.linalg.norm(Y, axis=1) ** 2
    D = a.reshape(-1, 1) + b.reshape(1, -1)
    D -= 2 * np.matmul(X, Y.T)
    D[D < 0] = 0.0
    return D
