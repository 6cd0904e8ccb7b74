import numpy as np


def logistic_irls(X, y, l2=0.0, num_iters=10):
    N, D = X.shape
    A = np.c_[X, np.ones(N)]
    reg = 2 * l2 * np.r_[np.ones(D), 0.0]
    t = np.zeros(D + 1)
    for _ in range(num_iters):
        p = 1 / (1 + np.exp(-A @ t))
        g = A.T @ (p - y) / N + reg * t
        H = A.T @ np.diag(p * (1 - p)) @ A / N
        t -= np.linalg.solve(H, g)
    return t[:D].copy(), float(t[D])
