import numpy as np


def qr_gram_schmidt(A):
    # "Cholesky QR": A^T A = R^T R, then Q = A R^{-1} column by column.
    n = A.shape[1]
    R = np.linalg.cholesky(A.T @ A).T
    Q = np.zeros(A.shape)
    for j in range(n):
        Q[:, j] = (A[:, j] - Q[:, :j] @ R[:j, j]) / R[j, j]
    return Q, R
