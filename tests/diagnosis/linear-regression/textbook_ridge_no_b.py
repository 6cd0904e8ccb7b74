# kind: combined
# expect: no-intercept, penalty-not-scaled-by-n
# why: the textbook ridge formula w = (X^T X + l2 I)^-1 X^T y on the raw data: no intercept is fitted (b = 0, X and y never centered) and l2 is not multiplied by N
import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    # ridge regression: (X^T X + lambda I) w = X^T y
    d = X.shape[1]
    gram = np.dot(X.T, X)
    w = np.linalg.solve(gram + l2 * np.eye(d), np.dot(X.T, y))
    b = 0.0
    return w, b
