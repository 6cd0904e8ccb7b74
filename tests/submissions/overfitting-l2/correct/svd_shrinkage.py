"""Ridge through the SVD of the centered data: w = V diag(s / (s^2 + N lam)) U^T y_c."""
import numpy as np


def choose_l2(X_train, y_train, X_val, y_val, candidates):
    xm, ym = X_train.mean(0), y_train.mean()
    U, s, Vt = np.linalg.svd(X_train - xm, full_matrices=False)
    uty = U.T @ (y_train - ym)
    n = len(y_train)
    scores = []
    for lam in candidates:
        w = Vt.T @ (s / (s ** 2 + n * lam) * uty)
        scores.append(((X_val - xm) @ w + ym - y_val) @ ((X_val - xm) @ w + ym - y_val) / len(y_val))
    return float(candidates[np.argmin(scores)])
