# Mistake: wrong-exception (RuntimeError). The reference raising RuntimeError instead of ValueError.
import numpy as np


def matmul(a, b):
    n, m = a.shape
    m_b, p = b.shape
    if m != m_b:
        raise RuntimeError("inner dimensions differ")                  # the mistake: not ValueError
    out = np.zeros((n, p))
    for i in range(n):
        for j in range(p):
            out[i, j] = np.sum(a[i, :] * b[:, j])
    return out
