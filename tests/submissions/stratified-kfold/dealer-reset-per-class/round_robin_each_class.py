import numpy as np


def stratified_kfold(y, k, rng):
    y = np.asarray(y)
    buckets = [[] for _ in range(k)]
    for c in np.unique(y):
        members = rng.permutation(np.flatnonzero(y == c))
        for j, index in enumerate(members):
            buckets[j % k].append(index)
    n = len(y)
    folds = []
    for b in buckets:
        val = np.sort(np.array(b, dtype=np.int64))
        mask = np.ones(n, dtype=bool)
        mask[val] = False
        folds.append((np.flatnonzero(mask), val))
    return folds
