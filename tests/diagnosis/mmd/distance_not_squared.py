# kind: unlisted
# expect: none
# why: builds the kernel from the Euclidean distance ||a - b|| (np.linalg.norm) and forgets to square it, so k = exp(-||a - b|| / (2 h^2)), a Laplacian-like kernel, not the RBF
import numpy as np


def rbf_matrix(A, B, bandwidth):
    dist = np.linalg.norm(A[:, None, :] - B[None, :, :], axis=-1)
    return np.exp(-dist / (2 * bandwidth ** 2))


def mmd2(X, Y, bandwidth):
    n, m = X.shape[0], Y.shape[0]
    Kxx = rbf_matrix(X, X, bandwidth)
    Kyy = rbf_matrix(Y, Y, bandwidth)
    Kxy = rbf_matrix(X, Y, bandwidth)
    np.fill_diagonal(Kxx, 0.0)
    np.fill_diagonal(Kyy, 0.0)
    return float(Kxx.sum() / (n * (n - 1)) + Kyy.sum() / (m * (m - 1)) - 2 * Kxy.sum() / (n * m))
