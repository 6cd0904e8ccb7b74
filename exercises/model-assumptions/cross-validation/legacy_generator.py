import numpy as np


def kfold_splits(n, k, seed):
    np.random.seed(seed)
    perm = np.random.permutation(n)                  # the legacy global generator, not default_rng
    folds = np.array_split(perm, k)
    return [(np.concatenate(folds[:i] + folds[i + 1:]), folds[i]) for i in range(k)]
