import numpy as np


def stratified_kfold(y, k, rng):
    y = np.asarray(y)
    val_lists = [[] for _ in range(k)]
    j = 0
    for label in np.unique(y):
        for index in rng.permutation(np.flatnonzero(y == label)):
            val_lists[j % k].append(int(index))
            j += 1
    folds = []
    for lst in val_lists:
        val = np.array(lst, dtype=np.int64)
        train = np.setdiff1d(np.arange(len(y)), val)
        folds.append((train, val))
    return folds
