import numpy as np


def mmd2(X, Y, bandwidth):
    # one kernel matrix over the pooled sample, then signed weights per block
    Z = np.concatenate([X, Y])
    n, m = len(X), len(Y)
    D = np.einsum("ijk,ijk->ij", Z[:, None] - Z[None], Z[:, None] - Z[None])
    K = np.exp(-D / (2 * bandwidth ** 2))
    K[np.diag_indices_from(K)] = 0.0
    W = np.empty_like(K)
    W[:n, :n] = 1.0 / (n * (n - 1))
    W[n:, n:] = 1.0 / (m * (m - 1))
    W[:n, n:] = W[n:, :n] = -1.0 / (n * m)
    return float((W * K).sum())
