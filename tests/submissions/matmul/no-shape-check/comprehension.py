import numpy as np


def matmul(a, b):
    n, m = a.shape
    p = b.shape[1]
    return np.array([[sum(a[i, k] * b[k, j] for k in range(m)) for j in range(p)] for i in range(n)],
                    dtype=float).reshape(n, p)
