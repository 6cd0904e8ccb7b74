# kind: combined
# expect: bias-regularized, penalty-not-scaled-by-n
# why: appends a ones column and adds l2 to the whole diagonal (b is penalized too), and adds l2 rather than N*l2 to A^T A (the penalty of a sum, not a mean, of squared errors)
import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    N, D = X.shape
    A = np.column_stack([X, np.ones(N)])          # last column -> intercept
    lhs = A.T @ A + l2 * np.identity(D + 1)
    rhs = A.T @ y
    theta = np.linalg.solve(lhs, rhs)
    w, b = theta[:-1], theta[-1]
    return w, float(b)
