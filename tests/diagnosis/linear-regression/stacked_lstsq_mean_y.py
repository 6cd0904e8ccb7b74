# kind: harmless
# expect: intercept-without-feature-means
# why: w is right (ridge written as an ordinary least-squares problem on [Xc; sqrt(N*l2) I] and solved with lstsq, the same minimizer), but b is set to mean(y), forgetting - mean(X) @ w
import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    N, D = X.shape
    mu_x = X.mean(axis=0)
    mu_y = y.mean()
    Xc = X - mu_x
    yc = y - mu_y
    # min |Xc w - yc|^2 + N*l2 |w|^2  ==  min |[Xc; sqrt(N l2) I] w - [yc; 0]|^2
    A = np.vstack([Xc, np.sqrt(N * l2) * np.eye(D)])
    t = np.concatenate([yc, np.zeros(D)])
    w, *_ = np.linalg.lstsq(A, t, rcond=None)
    # centered data -> the intercept is the mean target
    b = float(mu_y)
    return w, b
