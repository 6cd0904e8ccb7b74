import numpy as np


def matmul(a, b):
    if a.shape[1] != b.shape[0]:
        raise RuntimeError("shape mismatch")
    out = np.zeros((a.shape[0], b.shape[1]))
    for k in range(a.shape[1]):
        out += a[:, [k]] * b[[k], :]
    return out
