import numpy as np


def kfold_splits(n, k, seed):
    perm = list(np.random.default_rng(seed).permutation(n))
    fold_size = n // k
    splits = []
    for i in range(k):
        val = perm[i * fold_size:(i + 1) * fold_size]
        train = [j for j in perm if j not in val]
        splits.append((np.array(train), np.array(val)))
    return splits
