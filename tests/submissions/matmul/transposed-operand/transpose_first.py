import numpy as np


def matmul(a, b):
    if a.shape[1] != b.shape[0]:
        raise ValueError("bad shapes")
    bt = b.T                      # "columns of b are rows of b.T" ... but then indexed like b
    n, m = a.shape
    p = b.shape[1]
    c = np.zeros((n, p))
    for i in range(n):
        for j in range(p):
            for k in range(m):
                c[i, j] = c[i, j] + a[i, k] * bt[k, j]
    return c
