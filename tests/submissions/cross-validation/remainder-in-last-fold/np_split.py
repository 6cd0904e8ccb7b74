import numpy as np


def kfold_splits(n, k, seed):
    perm = np.random.default_rng(seed).permutation(n)
    step = n // k
    folds = np.split(perm, [step * i for i in range(1, k)])
    return [(np.hstack(folds[:i] + folds[i + 1:]), folds[i]) for i in range(k)]
