import numpy as np


def fit_ridge(X, y, l2):
    """argmin over w, b of mean((X w + b - y)^2) + l2 * |w|^2; the intercept b is not penalized."""
    mean_x, mean_y = X.mean(axis=0), y.mean()
    Xc, yc = X - mean_x, y - mean_y                # centering takes the intercept out of the problem
    N, D = X.shape
    w = np.linalg.solve(Xc.T @ Xc / N + l2 * np.eye(D), Xc.T @ yc / N)
    return w, mean_y - mean_x @ w


def choose_l2(X_train, y_train, X_val, y_val, candidates):
    errors = []
    for l2 in candidates:
        w, b = fit_ridge(X_train, y_train, l2)
        errors.append(np.mean((X_val @ w + b - y_val) ** 2))
    return float(candidates[int(np.argmin(errors))])   # argmin: the first of any ties
