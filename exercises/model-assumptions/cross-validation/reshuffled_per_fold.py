import numpy as np


def kfold_splits(n, k, seed):
    rng = np.random.default_rng(seed)
    splits = []
    for i in range(k):
        perm = rng.permutation(n)                    # a new shuffle for every fold
        val = np.array_split(perm, k)[i]
        splits.append((np.setdiff1d(perm, val), val))
    return splits
