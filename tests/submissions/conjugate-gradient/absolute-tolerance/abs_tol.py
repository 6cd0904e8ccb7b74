import numpy as np


def conjugate_gradient(A, b, tol=1e-10, max_iters=None):
    n = b.shape[0]
    if max_iters is None:
        max_iters = 10 * n
    x = np.zeros(n)
    r = b.copy()
    p = b.copy()
    k = 0
    while k < max_iters and np.linalg.norm(r) > tol:      # converged when the residual is small
        Ap = A @ p
        rr = r @ r
        alpha = rr / (p @ Ap)
        x = x + alpha * p
        r = r - alpha * Ap
        p = r + (r @ r) / rr * p
        k += 1
    return x, k
