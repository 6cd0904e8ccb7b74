import numpy as np


def qr_gram_schmidt(A):
    # Right-looking modified Gram-Schmidt: as soon as q_k is known, remove its component
    # from every remaining column at once.
    W = A.astype(np.float64)                 # astype copies: A is not touched
    m, n = W.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for k in range(n):
        R[k, k] = np.linalg.norm(W[:, k])
        Q[:, k] = W[:, k] / R[k, k]
        R[k, k + 1:] = Q[:, k] @ W[:, k + 1:]
        W[:, k + 1:] -= np.outer(Q[:, k], R[k, k + 1:])
    return Q, R
