import numpy as np


def conjugate_gradient(A, b, tol=1e-10, max_iters=None):
    """Solve A x = b for a symmetric positive definite A by conjugate gradients, from x = 0.

    Stops before an iteration when ||r|| <= tol * ||b|| (r the recursively updated residual)
    or when max_iters updates were made (None: 10 n). Returns (x, num_iters).
    """
    raise NotImplementedError("conjugate_gradient")
