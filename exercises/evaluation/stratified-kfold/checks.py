"""Properties of a stratified k-fold split, checked on the learner's folds beside the exact
comparison (which the properties do not replace: many splits have them).

  * folds_partition_the_indices: in each fold, train and val are disjoint and together hold
    0..n-1 once each; the k val sets together hold 0..n-1 once each.
  * classes_are_balanced: for every class, its counts in the k val sets differ by at most 1.
  * fold_sizes_are_balanced: the k val sets' sizes differ by at most 1.
"""
import numpy as np


def _folds(outputs):
    """[(train, val)] as int arrays, or a sentence saying why they cannot be read."""
    train, val = outputs.get("train"), outputs.get("val")
    if not isinstance(train, list) or not isinstance(val, list) or len(train) != len(val) or not val:
        return "stratified_kfold must return a list of k tuples (train_idx, val_idx)"
    folds = []
    for t, v in zip(train, val):
        t, v = np.asarray(t), np.asarray(v)
        if t.ndim != 1 or v.ndim != 1 or t.dtype.kind not in "iu" or v.dtype.kind not in "iu":
            return "train_idx and val_idx must be 1-D integer arrays"
        folds.append((t, v))
    return folds


def folds_partition_the_indices(inputs, outputs, expected):
    folds = _folds(outputs)
    if isinstance(folds, str):
        return folds
    n = len(inputs["y"])
    everyone = np.arange(n)
    for i, (train, val) in enumerate(folds):
        if not np.array_equal(np.sort(np.concatenate([train, val])), everyone):
            return (f"in fold {i}, train_idx and val_idx together are not 0..{n - 1} once each: "
                    f"every index is either trained on or validated on, never both")
    vals = np.sort(np.concatenate([val for _, val in folds]))
    if not np.array_equal(vals, everyone):
        return f"the k val_idx arrays together must hold each index 0..{n - 1} exactly once"
    return None


def classes_are_balanced(inputs, outputs, expected):
    folds = _folds(outputs)
    if isinstance(folds, str):
        return folds
    y = np.asarray(inputs["y"])
    for label in np.unique(y):
        counts = [int(np.sum(y[val[(val >= 0) & (val < y.size)]] == label)) for _, val in folds]
        if max(counts) - min(counts) > 1:
            return (f"class {label} has {counts} members in the k folds: a stratified split puts "
                    f"within one of {np.sum(y == label)}/{len(folds)} in every fold")
    return None


def fold_sizes_are_balanced(inputs, outputs, expected):
    folds = _folds(outputs)
    if isinstance(folds, str):
        return folds
    sizes = [val.size for _, val in folds]
    if max(sizes) - min(sizes) <= 1:
        return None
    return (f"your val folds have sizes {sizes}: with one dealer carried from class to class, "
            f"fold sizes differ by at most 1")
