import numpy as np


def matmul(a, b):
    n, p = a.shape[0], b.shape[1]
    out = np.zeros((n, p))
    for i in range(n):
        for j in range(p):
            for k in range(b.shape[0]):
                out[i, j] += a[i, k] * b[k, j]
    return out
