import numpy as np


def qr_gram_schmidt(A):
    m, n = A.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        a = A[:, j]
        for i in range(j):
            R[i, j] = Q[:, i] @ a             # every coefficient from the ORIGINAL column
        v = a - Q[:, :j] @ R[:j, j]           # all projections subtracted at once
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R
