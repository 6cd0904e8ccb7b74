import numpy as np


def matmul(a, b):
    if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[0]:
        raise ValueError(f"shapes {a.shape} and {b.shape} are not aligned")
    # every product a[i, k] * b[k, j] at once, shape (n, m, p), then sum over k
    return (a[:, :, np.newaxis] * b[np.newaxis, :, :]).sum(axis=1)
