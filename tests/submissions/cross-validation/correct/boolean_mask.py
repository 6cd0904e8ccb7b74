import numpy as np


def kfold_splits(n, k, seed):
    perm = np.random.default_rng(seed).permutation(n)
    result = []
    for val in np.array_split(perm, k):
        keep = np.ones(n, dtype=bool)
        keep[val] = False
        result.append((np.flatnonzero(keep), val))
    return result
