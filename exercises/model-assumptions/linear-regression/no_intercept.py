import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    # the line is forced through the origin
    N, D = X.shape
    w = np.linalg.solve(X.T @ X + N * l2 * np.eye(D), X.T @ y)
    return w, 0.0
