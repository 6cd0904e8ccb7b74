import numpy as np


def stratified_kfold(y, k, rng):
    y = np.asarray(y)
    n = y.shape[0]
    vals = [[] for _ in range(k)]
    start = 0
    for label in np.unique(y):
        idx = np.where(y == label)[0].copy()
        rng.shuffle(idx)
        for fold in range(k):
            vals[fold].append(idx[(fold - start) % k::k])
        start = (start + len(idx)) % k
    folds = []
    for fold in range(k):
        val = np.sort(np.concatenate(vals[fold]))
        train = np.setdiff1d(np.arange(n), val)
        folds.append((train, val))
    return folds
