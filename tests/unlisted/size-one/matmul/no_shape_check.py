# expect: an axis has size 1
# no shape check, relies on broadcasting to fail; for a (n, 1) times (m, p) (or (n, m) times 
# (1, p)) it broadcasts and returns garbage instead of raising ValueError
import numpy as np


def matmul(a, b):
    return (a[:, :, None] * b[None, :, :]).sum(axis=1).astype(np.float64)
