# kind: combined
# expect: biased-estimator, cross-term-not-doubled
# why: "similarity within minus similarity across" from memory: plain means of Kxx and Kyy (diagonal ones kept, divided by n^2 and m^2) and the cross term Kxy.mean() subtracted once instead of twice
import numpy as np


def gaussian_kernel(A, B, h):
    d2 = np.sum((A[:, np.newaxis, :] - B[np.newaxis, :, :]) ** 2, axis=2)
    return np.exp(-d2 / (2.0 * h ** 2))


def mmd2(X, Y, bandwidth):
    kxx = gaussian_kernel(X, X, bandwidth).mean()
    kyy = gaussian_kernel(Y, Y, bandwidth).mean()
    kxy = gaussian_kernel(X, Y, bandwidth).mean()
    return float(kxx + kyy - kxy)
