import numpy as np


def matmul(a, b):
    """The matrix product of a (n, m) and b (m, p): an array of shape (n, p).

    out[i, j] = sum over k of a[i, k] * b[k, j]. Raise ValueError when a's number of
    columns differs from b's number of rows. Leave a and b unchanged.
    """
    raise NotImplementedError("matmul: check the shapes, then fill out[i, j] with row i of a dotted with column j of b")
