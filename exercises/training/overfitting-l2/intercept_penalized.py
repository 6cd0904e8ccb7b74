import numpy as np


def choose_l2(X_train, y_train, X_val, y_val, candidates):
    # A column of ones for the intercept, and the penalty on every coefficient, b included.
    N = len(y_train)
    A = np.column_stack([X_train, np.ones(N)])
    A_val = np.column_stack([X_val, np.ones(len(y_val))])
    errors = []
    for l2 in candidates:
        theta = np.linalg.solve(A.T @ A / N + l2 * np.eye(A.shape[1]), A.T @ y_train / N)
        errors.append(np.mean((A_val @ theta - y_val) ** 2))
    return float(candidates[int(np.argmin(errors))])
