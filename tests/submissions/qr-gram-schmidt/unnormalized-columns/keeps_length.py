import numpy as np


def qr_gram_schmidt(A):
    m, n = A.shape
    Q = A.copy()
    R = np.zeros((n, n))
    for j in range(n):
        for i in range(j):
            R[i, j] = Q[:, i].dot(Q[:, j])
            Q[:, j] = Q[:, j] - R[i, j] * Q[:, i]
        R[j, j] = np.sqrt(np.sum(Q[:, j] ** 2))
    return Q, R
