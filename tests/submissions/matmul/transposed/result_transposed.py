import numpy as np


def matmul(a, b):
    if a.shape[1] != b.shape[0]:
        raise ValueError("inner sizes differ")
    n, m = a.shape
    p = b.shape[1]
    out = np.zeros((p, n))
    for i in range(n):
        for j in range(p):
            out[j, i] = np.sum(a[i, :] * b[:, j])
    return out
