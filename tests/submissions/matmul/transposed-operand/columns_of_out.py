import numpy as np


def matmul(a, b):
    if a.shape[1] != b.shape[0]:
        raise ValueError("cannot multiply")
    out = np.empty((a.shape[0], b.shape[1]))
    for j in range(b.shape[1]):
        out[:, j] = (a * b[j, :]).sum(axis=1)
    return out
