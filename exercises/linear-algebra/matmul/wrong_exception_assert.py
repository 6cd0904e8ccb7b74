# Mistake: wrong-exception (assert). The reference checking the shapes with assert: an AssertionError,
# not a ValueError.
import numpy as np


def matmul(a, b):
    n, m = a.shape
    m_b, p = b.shape
    assert m == m_b, "inner dimensions differ"                 # the mistake: not ValueError
    out = np.zeros((n, p))
    for i in range(n):
        for j in range(p):
            out[i, j] = np.sum(a[i, :] * b[:, j])
    return out
