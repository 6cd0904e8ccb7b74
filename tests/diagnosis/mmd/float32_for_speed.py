# kind: unlisted
# expect: generic:float32-precision
# why: casts X and Y to float32 to make the timed case faster; the formula is right, but the kernels and the cancelling sums are only float32-accurate
import numpy as np


def mmd2(X, Y, bandwidth):
    X = np.asarray(X, dtype=np.float32)
    Y = np.asarray(Y, dtype=np.float32)
    n, m = X.shape[0], Y.shape[0]
    c = np.float32(2 * bandwidth ** 2)

    def k(A, B):
        return np.exp(-((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1) / c)

    Kxx, Kyy, Kxy = k(X, X), k(Y, Y), k(X, Y)
    value = (Kxx.sum() - n) / (n * (n - 1)) + (Kyy.sum() - m) / (m * (m - 1)) - 2 * Kxy.mean()
    return float(value)
