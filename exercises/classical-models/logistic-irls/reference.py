import numpy as np


def logistic_irls(X, y, l2=0.0, num_iters=10):
    N, D = X.shape
    X1 = np.hstack([X, np.ones((N, 1))])              # X̃ = [X, 1]: the last weight is b
    penalty = np.full(D + 1, 2.0 * l2)                # ∂²(l2‖w‖²) = 2·l2 on w ...
    penalty[D] = 0.0                                  # ... and nothing on b
    theta = np.zeros(D + 1)                           # θ = (w, b), start at 0
    for _ in range(num_iters):
        p = 1.0 / (1.0 + np.exp(-(X1 @ theta)))       # σ(z)
        grad = X1.T @ (p - y) / N + penalty * theta
        hess = (X1.T * (p * (1.0 - p))) @ X1 / N + np.diag(penalty)
        theta = theta - np.linalg.solve(hess, grad)   # a full Newton step
    return theta[:D], float(theta[D])
