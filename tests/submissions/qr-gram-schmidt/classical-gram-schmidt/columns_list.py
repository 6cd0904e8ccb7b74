import numpy as np


def qr_gram_schmidt(A):
    cols = []
    m, n = A.shape
    R = np.zeros((n, n))
    for j in range(n):
        a = A[:, j]
        coeffs = [float(np.dot(q, a)) for q in cols]       # against the column itself
        v = a.copy()
        for i, q in enumerate(cols):
            v -= coeffs[i] * q
            R[i, j] = coeffs[i]
        R[j, j] = np.linalg.norm(v)
        cols.append(v / R[j, j])
    return np.column_stack(cols), R
