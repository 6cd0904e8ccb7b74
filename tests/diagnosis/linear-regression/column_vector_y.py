# kind: unlisted
# expect: generic:missing-reshape
# why: y is turned into a column (N, 1) "as in the lecture notes", so the solve returns w of shape (D, 1) instead of (D,); the numbers are right and b is extracted as a float correctly
import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    n, d = X.shape
    y = y.reshape(-1, 1)                      # column vector
    xm = X.mean(axis=0, keepdims=True)        # (1, d)
    ym = y.mean(axis=0, keepdims=True)        # (1, 1)
    Xc = X - xm
    yc = y - ym
    w = np.linalg.solve(Xc.T @ Xc + n * l2 * np.eye(d), Xc.T @ yc)   # (d, 1)
    b = (ym - xm @ w).item()
    return w, b
