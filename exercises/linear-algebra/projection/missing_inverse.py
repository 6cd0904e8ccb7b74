# Mistake: missing-inverse. The reference with c = A^T y, the (A^T A)^-1 left out: A A^T y is only a
# projection when the columns are orthonormal.
import numpy as np


def project_onto_columns(A, y):
    c = A.T @ y                   # the mistake: not solved against A^T A
    return A @ c
