import numpy as np


def conjugate_gradient(A, b, tol=1e-10, max_iters=None):
    n = b.shape[0]
    max_iters = 10 * n if max_iters is None else max_iters
    x = np.zeros(n)
    r = b.astype(float)
    bnorm = np.linalg.norm(b)
    iters = 0
    while np.linalg.norm(r) > tol * bnorm and iters < max_iters:
        Ar = A @ r                       # exact line search along the residual
        alpha = (r @ r) / (r @ Ar)
        x = x + alpha * r
        r = r - alpha * Ar
        iters += 1
    return x, iters
