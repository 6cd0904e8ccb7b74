import numpy as np


def stratified_kfold(y, k, rng):
    y = np.asarray(y)
    fold_of = np.empty(y.size, dtype=np.int64)
    dealt = 0                                                 # one dealer, carried across classes
    for label in np.unique(y):                                # classes in increasing label order
        members = rng.permutation(np.flatnonzero(y == label))  # the only draw for this class
        fold_of[members] = (dealt + np.arange(members.size)) % k
        dealt += members.size
    folds = []
    for i in range(k):
        train_idx = np.flatnonzero(fold_of != i)             # ascending
        val_idx = np.flatnonzero(fold_of == i)
        folds.append((train_idx, val_idx))
    return folds
