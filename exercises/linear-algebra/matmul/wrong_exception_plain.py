import numpy as np


def matmul(a, b):
    if a.shape[1] != b.shape[0]:
        raise Exception("inner dimensions differ")
    out = np.zeros((a.shape[0], b.shape[1]))
    for i in range(a.shape[0]):
        for j in range(b.shape[1]):
            out[i, j] = np.sum(a[i, :] * b[:, j])
    return out
