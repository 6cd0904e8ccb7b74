import numpy as np


def qr_gram_schmidt(A):
    """Reduced QR factorization of A (m, n), m >= n, full column rank, by Gram-Schmidt.

    Returns (Q, R): Q of shape (m, n) with orthonormal columns (Q.T @ Q = I, to 1e-8 even
    when A is badly conditioned), and R of shape (n, n), upper triangular with exact zeros
    below the diagonal and a positive diagonal, such that Q @ R = A. A is left unchanged.
    np.linalg.norm is allowed; np.linalg.qr, svd, eig, eigh, lstsq, solve and inv are not.
    """
    raise NotImplementedError("qr_gram_schmidt: orthogonalize the columns of A one by one")
