import numpy as np


def project_onto_columns(A, y):
    # Normal equations: the residual y - A c is orthogonal to every column, A^T (y - A c) = 0,
    # so (A^T A) c = A^T y. Solving (not inverting) is the stable way to apply (A^T A)^-1.
    c = np.linalg.solve(A.T @ A, A.T @ y)
    return A @ c
