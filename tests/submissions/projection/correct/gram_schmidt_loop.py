import numpy as np


def project_onto_columns(A, y):
    """Modified Gram-Schmidt on the columns, then add the projections onto the orthonormal basis."""
    n, d = A.shape
    basis = []
    for j in range(d):
        v = np.array(A[:, j], dtype=float)
        for q in basis:
            v = v - (q @ v) * q
        basis.append(v / np.sqrt(v @ v))
    y2 = y.reshape(n, -1)
    p = np.zeros_like(y2, dtype=float)
    for q in basis:
        p += q[:, None] * (q @ y2)[None, :]
    return p.reshape(y.shape)
