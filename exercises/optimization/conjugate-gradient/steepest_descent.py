import numpy as np


def conjugate_gradient(A, b, tol=1e-10, max_iters=None):
    n = b.shape[0]
    if max_iters is None:
        max_iters = 10 * n
    x = np.zeros(n)
    r = np.array(b, dtype=float)
    p = r.copy()
    rr = np.dot(r, r)
    b_norm = np.sqrt(np.dot(b, b))
    num_iters = 0
    while np.sqrt(rr) > tol * b_norm and num_iters < max_iters:
        Ap = A @ p
        alpha = rr / np.dot(p, Ap)
        x = x + alpha * p
        r = r - alpha * Ap
        rr_new = np.dot(r, r)
        p = r   # the slip: no beta term
        rr = rr_new
        num_iters += 1
    return x, num_iters
