import numpy as np


def kfold_splits(n, k, seed):
    perm = np.random.default_rng(seed).permutation(n)
    folds = np.array_split(perm, k)                 # sizes differ by at most one
    splits = []
    for i in range(k):
        train = np.concatenate([folds[j] for j in range(k) if j != i])
        splits.append((train, folds[i]))
    return splits
