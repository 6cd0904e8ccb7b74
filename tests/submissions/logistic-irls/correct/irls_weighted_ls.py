import numpy as np


def logistic_irls(X, y, l2=0.0, num_iters=10):
    # IRLS form: theta_new solves (A^T S A / N + P) theta = A^T S zeta / N, zeta = z + (y - p) / s
    N = len(X)
    A = np.column_stack([X, np.ones(N)])
    P = 2 * l2 * np.eye(A.shape[1])
    P[-1, -1] = 0
    theta = np.zeros(A.shape[1])
    yf = y.astype(float)
    for _ in range(num_iters):
        z = A @ theta
        p = 1 / (1 + np.exp(-z))
        s = p * (1 - p)
        working = z + (yf - p) / s
        lhs = A.T @ (s[:, None] * A) / N + P
        rhs = A.T @ (s * working) / N
        theta = np.linalg.solve(lhs, rhs)
    return theta[:-1].copy(), float(theta[-1])
