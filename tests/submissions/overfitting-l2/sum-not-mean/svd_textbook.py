import numpy as np


def choose_l2(X_train, y_train, X_val, y_val, candidates):
    mu, c = X_train.mean(axis=0), y_train.mean()
    U, s, Vt = np.linalg.svd(X_train - mu, full_matrices=False)
    proj = U.T @ (y_train - c)
    val_err = [np.mean(((X_val - mu) @ (Vt.T @ (s * proj / (s * s + lam))) + c - y_val) ** 2)
               for lam in candidates]
    return float(candidates[np.argmin(val_err)])
