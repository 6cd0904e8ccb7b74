import numpy as np


def qr_gram_schmidt(A):
    # Not Gram-Schmidt at all: Householder reflections, then signs fixed so diag(R) > 0.
    m, n = A.shape
    work = np.array(A, dtype=float)
    reflectors = []
    for k in range(n):
        x = work[k:, k]
        alpha = -np.copysign(np.linalg.norm(x), x[0])
        u = x.copy()
        u[0] -= alpha
        u /= np.linalg.norm(u)
        work[k:, k:] -= 2.0 * np.outer(u, u @ work[k:, k:])
        reflectors.append(u)
    upper = np.triu(work[:n, :])
    basis = np.eye(m, n)
    for k in reversed(range(n)):
        u = reflectors[k]
        basis[k:, :] -= 2.0 * np.outer(u, u @ basis[k:, :])
    signs = np.sign(np.diag(upper))
    return basis * signs, upper * signs[:, None]
