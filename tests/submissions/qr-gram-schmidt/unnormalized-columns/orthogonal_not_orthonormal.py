import numpy as np


def qr_gram_schmidt(A):
    # An orthogonal basis with R = unit upper triangular: Q R = A, but the columns are not unit.
    m, n = A.shape
    basis = []
    R = np.eye(n)
    for j in range(n):
        w = A[:, j].astype(float)
        for i, b in enumerate(basis):
            R[i, j] = (b @ w) / (b @ b)
            w = w - R[i, j] * b
        basis.append(w)
    return np.stack(basis, axis=1), R
