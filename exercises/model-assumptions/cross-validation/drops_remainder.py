import numpy as np


def kfold_splits(n, k, seed):
    perm = np.random.default_rng(seed).permutation(n)
    size = n // k                                    # the last n % k indices fall off the end
    splits = []
    for i in range(k):
        val = perm[i * size:(i + 1) * size]
        train = np.setdiff1d(perm, val)
        splits.append((train, val))
    return splits
