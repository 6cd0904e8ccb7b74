import numpy as np


def mmd2(X, Y, bandwidth):
    """Unbiased estimate of the squared maximum mean discrepancy between two samples.

    X: (n, d) and Y: (m, d), n, m >= 2; RBF kernel k(a, b) = exp(-||a - b||^2 / (2 * bandwidth**2)).
        MMD^2_u = sum_{i != j} k(x_i, x_j) / (n (n - 1)) + sum_{i != j} k(y_i, y_j) / (m (m - 1))
                  - 2 * sum_{i, j} k(x_i, y_j) / (n m)
    Returns a float; it may be negative (do not clip). No Python loop over pairs.
    X and Y are left unchanged.
    """
    raise NotImplementedError("mmd2: three kernel matrices, drop the diagonals of the within-sample ones")
