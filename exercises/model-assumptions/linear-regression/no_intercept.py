# Mistake: no-intercept. The reference without centering: the line is forced through the origin.
import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    N, D = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X, y                                 # not centered
    # (Xcᵀ Xc / N + l2 I) w = Xcᵀ yc / N, multiplied through by N
    w = np.linalg.solve(Xc.T @ Xc + N * l2 * np.eye(D), Xc.T @ yc)
    b = 0.0
    return w, b
