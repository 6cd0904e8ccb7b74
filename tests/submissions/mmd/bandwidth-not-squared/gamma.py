import numpy as np


def mmd2(X, Y, bandwidth):
    gamma = 0.5 / bandwidth

    def K(A, B):
        diff = A[:, np.newaxis, :] - B[np.newaxis, :, :]
        return np.exp(-gamma * np.sum(diff * diff, axis=2))

    n, m = len(X), len(Y)
    kxx, kyy = K(X, X), K(Y, Y)
    return float((kxx.sum() - np.trace(kxx)) / (n * n - n) + (kyy.sum() - np.trace(kyy)) / (m * m - m)
                 - 2 * K(X, Y).mean())
