import numpy as np


def kfold_splits(n, k, seed):
    rng = np.random.default_rng(seed)
    splits = []
    for i in range(k):
        order = np.arange(n)
        rng.shuffle(order)
        folds = np.array_split(order, k)
        mask = np.isin(order, folds[i])
        splits.append((order[~mask], order[mask]))
    return splits
