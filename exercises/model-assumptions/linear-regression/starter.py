import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    """Fit y ≈ X @ w + b by (ridge-regularized) least squares.

    X: (N, D) features, one row per sample; y: (N,) targets; l2 >= 0.
    Minimizes  (1/N) * sum_n (X[n] @ w + b - y[n])**2  +  l2 * sum_d w[d]**2
    (the intercept b is not penalized). With l2 = 0, X has full column rank.
    Returns (w, b): w of shape (D,), b a float. X and y are left unchanged.
    Solve a linear system (np.linalg.solve or lstsq); np.linalg.inv and pinv are not allowed.
    """
    raise NotImplementedError("fit_linear_regression: center the data, solve for w, then recover b")
