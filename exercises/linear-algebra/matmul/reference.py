import numpy as np


def matmul(a, b):
    n, m = a.shape
    m_b, p = b.shape
    if m != m_b:
        raise ValueError(f"cannot multiply a {a.shape} matrix by a {b.shape} matrix: "
                         f"a has {m} columns but b has {m_b} rows")
    out = np.zeros((n, p))
    for i in range(n):
        for j in range(p):
            out[i, j] = np.sum(a[i, :] * b[:, j])     # row i of a, dotted with column j of b
    return out
