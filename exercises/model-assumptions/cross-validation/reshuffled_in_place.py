import numpy as np


def kfold_splits(n, k, seed):
    rng = np.random.default_rng(seed)
    order = np.arange(n)
    splits = []
    for i in range(k):
        rng.shuffle(order)                           # shuffled again, in place, before every fold
        val = np.array_split(order, k)[i].copy()
        splits.append((np.setdiff1d(order, val), val))
    return splits
