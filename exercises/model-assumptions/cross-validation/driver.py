"""How the grader calls kfold_splits: each index array is sorted before it is compared.

The order of the indices inside a training or validation set is free, so both are sorted;
sorting keeps every index and every repeat, so a set with a duplicate, an extra or a
missing index still differs from the expected one. The order of the splits is not free:
split i must validate fold i.
"""
import numpy as np


def _indices(value, what):
    array = np.asarray(value)
    if array.dtype == object:
        raise TypeError(f"{what} must be an array of integer indices, not {type(value).__name__}")
    return np.sort(array, axis=-1) if array.ndim else array


def run(cv, n, k, seed):
    splits = cv.kfold_splits(n, k, seed)
    if not isinstance(splits, (list, tuple)):
        raise TypeError(f"kfold_splits must return a list of k (train_idx, val_idx) pairs, "
                        f"not {type(splits).__name__}")
    train, val = [], []
    for i, split in enumerate(splits):
        if not isinstance(split, (list, tuple)) or len(split) != 2:
            raise TypeError(f"split {i} must be a pair (train_idx, val_idx), not {type(split).__name__}"
                            + (f" of {len(split)} items" if isinstance(split, (list, tuple)) else ""))
        train.append(_indices(split[0], f"train_idx of split {i}"))
        val.append(_indices(split[1], f"val_idx of split {i}"))
    return {"train": train, "val": val}
