# WRONG: adds 1e-8 to the Hessian diagonal when l2 == 0 ("safety" damping): the iterates before convergence are not full Newton steps.
import numpy as np

def logistic_irls(X, y, l2=0.0, num_iters=10):
    N, D = X.shape
    A = np.column_stack([X, np.ones(N)])
    pen = np.r_[np.full(D, 2.0 * l2), 0.0]
    damp = 1e-8 if not l2 else 0.0
    th = np.zeros(D + 1)
    for _ in range(num_iters):
        p = 1 / (1 + np.exp(-(A @ th)))
        g = A.T @ (p - y) / N + pen * th
        H = (A.T * (p * (1 - p))) @ A / N + np.diag(pen + damp)
        th = th - np.linalg.solve(H, g)
    return th[:D].copy(), float(th[D])
