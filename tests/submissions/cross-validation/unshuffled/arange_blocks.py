import numpy as np


def kfold_splits(n, k, seed):
    idx = np.arange(n)
    out = []
    for val in np.array_split(idx, k):
        out.append((np.setdiff1d(idx, val), val))
    return out
