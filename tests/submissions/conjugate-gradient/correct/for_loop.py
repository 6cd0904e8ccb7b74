import numpy as np


def conjugate_gradient(A, b, tol=1e-10, max_iters=None):
    n = len(b)
    limit = 10 * n if max_iters is None else max_iters
    threshold = tol * np.linalg.norm(b)
    x = np.zeros(n)
    r = b.astype(float)
    p = r.copy()
    r_sq = r @ r
    it = 0
    for it in range(limit + 1):
        if np.sqrt(r_sq) <= threshold or it == limit:
            break
        Ap = A.dot(p)
        step = r_sq / (p @ Ap)
        x += step * p
        r -= step * Ap
        new_r_sq = r @ r
        p = r + (new_r_sq / r_sq) * p
        r_sq = new_r_sq
    return x, it
