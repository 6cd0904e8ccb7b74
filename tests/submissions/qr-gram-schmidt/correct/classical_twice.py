import numpy as np


def qr_gram_schmidt(A):
    # Classical Gram-Schmidt with one full re-orthogonalization pass ("twice is enough").
    m, n = A.shape
    Q = np.empty((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        basis = Q[:, :j]
        first = basis.T @ A[:, j]
        v = A[:, j] - basis @ first
        second = basis.T @ v                  # what the first pass left behind
        v = v - basis @ second
        R[:j, j] = first + second
        R[j, j] = np.sqrt(v @ v)
        Q[:, j] = v / R[j, j]
    return Q, R
