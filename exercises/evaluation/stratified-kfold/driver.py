"""How the grader calls stratified_kfold.

Once per case, with a fresh generator made from the case's seed. The learner's list of k
(train_idx, val_idx) pairs is reported as two lists, `train` and `val` (fold i at position
i), so that the values are compared exactly and `new_arrays` sees every returned array.
Two `rule:` outputs say what no value shows: the result is k pairs (a list of tuples as
the contract writes it; a tuple or lists serve a caller just as well, so they pass), and the
generator ends where one rng.permutation per class, in increasing label order, leaves it
(its whole state compared, buffered bits included).
"""
import numpy as np


def _class_sizes(y):
    return np.unique(np.asarray(y), return_counts=True)[1]


def _draws_only_one_permutation_per_class(rng, seed, sizes):
    twin = np.random.default_rng(seed)
    for size in sizes:
        twin.permutation(int(size))
    # the whole state, with the half-used 32-bit word PCG64 keeps between bounded draws: a
    # stray small draw may take only that word and leave the 128-bit state where it was
    return rng.bit_generator.state == twin.bit_generator.state


def _split(folds, k):
    """(train list, val list, whether folds is a sequence of k pairs)."""
    try:
        pairs = list(folds)
        train = [pair[0] for pair in pairs]
        val = [pair[1] for pair in pairs]
    except Exception:       # noqa: BLE001 - a wrong return shape is reported by the rule
        return [], [], False
    shaped = isinstance(folds, (list, tuple)) and len(pairs) == k and all(
        isinstance(pair, (tuple, list)) and len(pair) == 2 for pair in pairs)
    return train, val, shaped


def run(impl, y, k, seed):
    sizes = _class_sizes(y)
    rng = np.random.default_rng(seed)
    train, val, shaped = _split(impl.stratified_kfold(y, k, rng), k)
    return {"train": train, "val": val,
            "rule: returns k pairs (train_idx, val_idx)": shaped,
            "rule: draws only rng.permutation of each class, in increasing label order":
                _draws_only_one_permutation_per_class(rng, seed, sizes)}
