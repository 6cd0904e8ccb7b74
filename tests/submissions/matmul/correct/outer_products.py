import numpy as np


def matmul(a, b):
    """Sum over k of (column k of a) times (row k of b): a sum of rank-one matrices."""
    if a.shape[1] != b.shape[0]:
        raise ValueError(f"incompatible shapes for a matrix product: {a.shape} @ {b.shape}")
    out = np.zeros((a.shape[0], b.shape[1]), dtype=np.float64)
    for k in range(a.shape[1]):
        out = out + a[:, k].reshape(-1, 1) * b[k, :].reshape(1, -1)
    return out
