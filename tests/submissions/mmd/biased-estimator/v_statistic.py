import numpy as np


def sqdist(A, B):
    return (A * A).sum(1)[:, None] + (B * B).sum(1)[None, :] - 2 * A.dot(B.T)


def mmd2(X, Y, bandwidth):
    g = 1.0 / (2 * bandwidth ** 2)
    kxx = np.exp(-g * np.clip(sqdist(X, X), 0, None))
    kyy = np.exp(-g * np.clip(sqdist(Y, Y), 0, None))
    kxy = np.exp(-g * np.clip(sqdist(X, Y), 0, None))
    return float(np.mean(kxx) + np.mean(kyy) - 2 * np.mean(kxy))
