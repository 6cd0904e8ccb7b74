# kind: unlisted
# expect: generic:float32-precision
# why: the right centered ridge solve, but X and y are cast to float32 first ("saves memory"), so w and b are right only to float32 precision
import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    X = np.asarray(X, dtype=np.float32)
    y = np.asarray(y, dtype=np.float32)
    N, D = X.shape
    x_bar = X.mean(axis=0)
    y_bar = y.mean()
    Xc = X - x_bar
    yc = y - y_bar
    M = Xc.T @ Xc + N * l2 * np.eye(D, dtype=np.float32)
    w = np.linalg.solve(M, Xc.T @ yc)
    b = float(y_bar - x_bar @ w)
    return w, b
