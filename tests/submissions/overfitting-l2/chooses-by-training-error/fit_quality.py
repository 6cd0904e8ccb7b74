import numpy as np


def choose_l2(X_train, y_train, X_val, y_val, candidates):
    """Keeps the strength whose model fits its data best."""
    n, d = X_train.shape
    A = np.hstack([X_train, np.ones((n, 1))])
    P = np.diag(np.r_[np.ones(d), 0.0])
    fits = {}
    for lam in candidates:
        theta = np.linalg.solve(A.T @ A + n * lam * P, A.T @ y_train)
        fits[float(lam)] = np.mean((A @ theta - y_train) ** 2)
    return min(fits, key=fits.get)
