import numpy as np


def kfold_splits(n, k, seed):
    perm = np.random.default_rng(seed).permutation(n)
    splits = []
    for fold in np.array_split(perm, k):
        splits.append((np.arange(n), fold))
    return splits
