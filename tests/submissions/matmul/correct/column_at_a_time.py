import numpy as np


def matmul(a, b):
    n, m = np.shape(a)
    if np.shape(b)[0] != m:
        raise ValueError(f"matmul: mismatched inner dimension, {m} against {np.shape(b)[0]}")
    cols = []
    for j in range(b.shape[1]):
        # column j of the product: the columns of a weighted by the entries of column j of b
        cols.append(np.sum(a * b[:, j], axis=1))
    return np.stack(cols, axis=1)
