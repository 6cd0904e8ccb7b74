# kind: combined
# expect: clipped-at-zero, bandwidth-not-squared
# why: the kernel divides the squared distance by 2*h instead of 2*h^2, and a negative estimate is returned as 0 ("a squared distance can't be negative")
import numpy as np


def mmd2(X, Y, bandwidth):
    n = X.shape[0]
    m = Y.shape[0]
    gamma = 1.0 / (2 * bandwidth)

    def K(P, Q):
        diff = P[:, None, :] - Q[None, :, :]
        return np.exp(-gamma * (diff ** 2).sum(axis=-1))

    Kxx = K(X, X)
    Kyy = K(Y, Y)
    Kxy = K(X, Y)
    term_x = (Kxx.sum() - np.trace(Kxx)) / (n * (n - 1))
    term_y = (Kyy.sum() - np.trace(Kyy)) / (m * (m - 1))
    term_xy = 2 * Kxy.sum() / (n * m)
    est = term_x + term_y - term_xy
    if est < 0:
        est = 0.0
    return float(est)
