import numpy as np


def qr_gram_schmidt(A):
    m, n = A.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))                      # exact zeros below the diagonal, from the start
    for j in range(n):
        v = np.array(A[:, j], dtype=np.float64)   # a copy of column j: A itself is never written
        for i in range(j):
            # modified Gram-Schmidt: project the *current* v, already cleaned of q_0..q_{i-1},
            # so the rounding error left by earlier steps is removed too
            R[i, j] = Q[:, i] @ v
            v = v - R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)           # > 0 because the columns are independent
        Q[:, j] = v / R[j, j]
    return Q, R
