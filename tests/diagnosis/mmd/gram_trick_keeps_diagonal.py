# kind: harmless
# expect: biased-estimator
# why: divides by n(n - 1) and m(m - 1) but sums the whole kernel matrices, diagonal ones included; the ||a||^2 + ||b||^2 - 2 a.b distances (clamped at 0) and the row loop vectorized over the other sample are equivalent rewrites
import numpy as np


def sqdist(A, B):
    aa = np.sum(A * A, axis=1)
    bb = np.sum(B * B, axis=1)
    d = aa[:, None] + bb[None, :] - 2.0 * (A @ B.T)
    return np.maximum(d, 0.0)          # rounding can make tiny negatives


def mmd2(X, Y, bandwidth):
    n, m = len(X), len(Y)
    two_h2 = 2.0 * bandwidth * bandwidth
    sxx = np.exp(-sqdist(X, X) / two_h2).sum()
    syy = np.exp(-sqdist(Y, Y) / two_h2).sum()
    sxy = 0.0
    for i in range(n):                 # one row of X against all of Y at a time
        sxy += np.exp(-np.sum((Y - X[i]) ** 2, axis=1) / two_h2).sum()
    return float(sxx / (n * (n - 1)) + syy / (m * (m - 1)) - 2.0 * sxy / (n * m))
