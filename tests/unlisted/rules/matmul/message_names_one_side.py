# expect: its message names both inner sizes
# The message gives a's shape only: which shapes did not fit needs b's rows too.
import numpy as np


def matmul(a, b):
    if a.shape[1] != b.shape[0]:
        raise ValueError(f"a has shape {a.shape}, which does not fit b")
    return (a[:, :, None] * b[None, :, :]).sum(axis=1).astype(np.float64)
