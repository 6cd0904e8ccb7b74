import numpy as np


def stratified_kfold(y, k, rng):
    n = len(y)
    order = rng.permutation(n)
    folds = []
    for i in range(k):
        val = np.sort(order[i::k])
        train = np.setdiff1d(np.arange(n), val)
        folds.append((train, val))
    return folds
