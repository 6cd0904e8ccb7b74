# Mistake: transposed-operand (row j of b). The reference reading b as if it were b.T: row i of a
# dotted with row j of b. Its error message names neither inner size.
import numpy as np


def matmul(a, b):
    n, m = a.shape
    m_b, p = b.shape
    if m != m_b:
        raise ValueError("inner dimensions differ")
    out = np.zeros((n, p))
    for i in range(n):
        for j in range(p):
            out[i, j] = np.sum(a[i, :] * b[j, :])     # the mistake: row j of b, not column j
    return out
