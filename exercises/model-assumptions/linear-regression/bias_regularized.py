# Mistake: bias-regularized. The reference solving for [w, b] with a column of ones for the
# intercept, then ridge on every coefficient: b is shrunk too (x_mean, y_mean unused).
import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    N, D = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = np.hstack([X, np.ones((N, 1))]), y   # a column of ones for b, not centered
    # (Xcᵀ Xc / N + l2 I) w = Xcᵀ yc / N, multiplied through by N
    w = np.linalg.solve(Xc.T @ Xc + N * l2 * np.eye(D + 1), Xc.T @ yc)
    b = float(w[D])
    return w[:D], b
