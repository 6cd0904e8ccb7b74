import numpy as np


def stratified_kfold(y, k, rng):
    """Stratified k-fold split of the indices 0..n-1.

    y: int array (n,) of class labels (any integer values); 2 <= k <= n; rng: a np.random.Generator.
    For each class, in increasing label order (np.unique(y)):
        members = rng.permutation(np.flatnonzero(y == c))   (the only draws, one per class)
    and deal the members round-robin to the folds with ONE dealer position that starts at
    fold 0 and is carried from class to class: the j-th index dealt overall goes to fold j % k.
    Returns a list of k tuples (train_idx, val_idx) of new integer arrays: val_idx holds the
    fold's indices sorted ascending, train_idx all the others sorted ascending. y is not modified.
    """
    raise NotImplementedError("stratified_kfold: shuffle each class, deal with one carried dealer, build the folds")
