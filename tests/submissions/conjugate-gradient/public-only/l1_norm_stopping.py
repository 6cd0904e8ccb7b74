# wrong: stopping test with L1 norms (||r||_1 <= tol·||b||_1) instead of the Euclidean norms of the statement
import numpy as np
def conjugate_gradient(A, b, tol=1e-10, max_iters=None):
    n = b.shape[0]
    if max_iters is None: max_iters = 10 * n
    x = np.zeros(n); r = b.astype(float).copy(); p = r.copy()
    rr = r @ r; stop = tol * np.abs(b).sum(); k = 0
    while np.abs(r).sum() > stop and k < max_iters:
        Ap = A @ p
        alpha = rr / (p @ Ap)
        x = x + alpha * p
        r = r - alpha * Ap
        rr_new = r @ r
        p = r + (rr_new / rr) * p
        rr = rr_new; k += 1
    return x, k
