import numpy as np


def kfold_splits(n, k, seed):
    perm = np.random.RandomState(seed).permutation(n)
    folds = np.array_split(perm, k)
    result = []
    for i, val in enumerate(folds):
        train = np.concatenate([f for j, f in enumerate(folds) if j != i])
        result.append((train, val))
    return result
