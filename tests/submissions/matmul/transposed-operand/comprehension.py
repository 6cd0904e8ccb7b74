import numpy as np


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shapes do not match")
    n, m, p = len(a), len(a[0]), len(b[0])
    return np.array([[sum(a[i][k] * b[j][k] for k in range(m)) for j in range(p)] for i in range(n)])
