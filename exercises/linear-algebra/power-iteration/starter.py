import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    """Dominant eigenpair of a symmetric matrix A (n, n) by power iteration.

    Returns (eigenvalue, eigenvector): the eigenvalue of largest magnitude, as a float (it
    may be negative), and its eigenvector, shape (n,), with unit length (its sign does not
    matter). Stop after num_iters steps, or earlier when your own convergence test, with
    tolerance tol, says the iteration has settled. A is left unchanged.
    """
    raise NotImplementedError("power_iteration: repeat v <- A v / |A v|, then eigenvalue = v . A v")
