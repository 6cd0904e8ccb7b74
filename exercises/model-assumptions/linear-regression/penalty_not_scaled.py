# Mistake: penalty-not-scaled-by-n. The reference minimizing the SUM of squared errors + l2 ||w||^2:
# the penalty is N times too weak.
import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    N, D = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean               # the optimal b removes the means
    # (Xcᵀ Xc / N + l2 I) w = Xcᵀ yc / N, multiplied through by N
    w = np.linalg.solve(Xc.T @ Xc + l2 * np.eye(D), Xc.T @ yc)
    b = float(y_mean - x_mean @ w)
    return w, b
