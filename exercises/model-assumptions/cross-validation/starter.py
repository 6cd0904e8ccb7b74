import numpy as np


def kfold_splits(n, k, seed):
    """k-fold cross-validation splits of the sample indices 0..n-1 (2 <= k <= n).

    perm = np.random.default_rng(seed).permutation(n); fold i is np.array_split(perm, k)[i].
    Returns a list of k pairs (train_idx, val_idx) of integer arrays: split i validates
    exactly fold i and trains on every other index. The order inside each array is free.
    """
    raise NotImplementedError("kfold_splits: shuffle once, cut into k folds, validate on each in turn")
