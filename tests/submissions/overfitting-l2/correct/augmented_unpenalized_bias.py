import numpy as np


def choose_l2(X_train, y_train, X_val, y_val, candidates):
    n, d = X_train.shape
    A = np.hstack([X_train, np.ones((n, 1))])
    P = np.eye(d + 1)
    P[d, d] = 0.0                                # no penalty on the intercept
    best, best_err = None, np.inf
    for lam in candidates:
        theta = np.linalg.solve(A.T @ A / n + lam * P, A.T @ y_train / n)
        err = np.mean((X_val @ theta[:d] + theta[d] - y_val) ** 2)
        if err < best_err:
            best, best_err = lam, err
    return float(best)
