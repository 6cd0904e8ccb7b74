"""The speed baseline: the estimator written straight from its formula, one kernel
evaluation (a few NumPy operations on two rows) per pair of samples."""
import numpy as np


def mmd2(X, Y, bandwidth):
    n, m = X.shape[0], Y.shape[0]

    def k(a, b):
        return np.exp(-np.sum((a - b) ** 2) / (2 * bandwidth ** 2))

    xx = sum(k(X[i], X[j]) for i in range(n) for j in range(n) if i != j)
    yy = sum(k(Y[i], Y[j]) for i in range(m) for j in range(m) if i != j)
    xy = sum(k(X[i], Y[j]) for i in range(n) for j in range(m))
    return float(xx / (n * (n - 1)) + yy / (m * (m - 1)) - 2 * xy / (n * m))
