"""The properties of k-fold splits, with a sentence a learner can act on when one fails.

Each function gets (inputs, outputs, expected) and returns None when the property holds.
`outputs` are the driver's: for every split its train and val indices, sorted (the order
inside a set is free). `expected` holds the reference's, sorted the same way.

  * `k_index_pairs`: k splits, each a pair of 1-D integer arrays;
  * `validates_fold_i`: split i validates exactly fold i, np.array_split(perm, k)[i];
  * `trains_on_the_rest`: split i trains on every index it does not validate, once each,
    and on none that it does (checked against the split's own validation set, so that a
    wrong fold and a wrong complement are reported separately).
"""
import numpy as np


def _show(values, limit=8):
    values = [int(v) for v in values]
    text = ", ".join(map(str, values[:limit]))
    return f"[{text}{', ...' if len(values) > limit else ''}]"


def _well_formed(outputs, k):
    if not isinstance(outputs, dict) or not all(isinstance(outputs.get(key), list) for key in ("train", "val")):
        return False
    arrays = outputs["train"] + outputs["val"]
    return (len(outputs["val"]) == k
            and all(isinstance(a, np.ndarray) and a.ndim == 1 and a.dtype.kind in "iu" for a in arrays))


def k_index_pairs(inputs, outputs, expected):
    k = inputs["k"]
    count = len(outputs["val"])
    if count != k:
        return f"kfold_splits returned {count} splits; it must return k = {k}, one per fold"
    for i in range(k):
        for name in ("train", "val"):
            a = outputs[name][i]
            if a.ndim != 1:
                return f"the {name} indices of split {i} have shape {a.shape}; they must be a 1-D array"
            if a.dtype.kind not in "iu":
                return (f"the {name} indices of split {i} are {a.dtype}, not integers: index arrays "
                        "must hold integers (a permutation of np.arange(n) does)")
    return None


def validates_fold_i(inputs, outputs, expected):
    n, k = inputs["n"], inputs["k"]
    if not _well_formed(outputs, k):
        return None                                  # reported by k_index_pairs
    for i in range(k):
        got, want = outputs["val"][i], expected["val"][i]
        if got.shape == want.shape and np.array_equal(got, want):
            continue
        missing, extra = np.setdiff1d(want, got), np.setdiff1d(got, want)
        parts = []
        if missing.size:
            parts.append(f"it leaves out {_show(missing)}")
        if extra.size:
            parts.append(f"it holds {_show(extra)}, which belong to other folds")
        if not parts:
            parts.append("it repeats some of them")
        never = np.setdiff1d(np.arange(n), np.concatenate(outputs["val"]))
        verb = "is" if never.size == 1 else "are"
        unseen = (f"; over all your splits, {never.size} of the {n} indices {verb} never validated "
                  f"({_show(never)})" if never.size else "")
        return (f"split {i} does not validate fold {i}, np.array_split(perm, {k})[{i}] (the {want.size} "
                f"indices {_show(want)}): {' and '.join(parts)}{unseen}")
    return None


def trains_on_the_rest(inputs, outputs, expected):
    n, k = inputs["n"], inputs["k"]
    if not _well_formed(outputs, k):
        return None
    everything = np.arange(n)
    for i in range(k):
        train, val = outputs["train"][i], outputs["val"][i]
        leaked = np.intersect1d(train, val)
        if leaked.size:
            return (f"split {i} trains on {leaked.size} of the indices it validates ({_show(leaked)}): "
                    "a model scored on samples it has already seen looks better than it is; "
                    "train on every index except the validation fold")
        outside = np.setdiff1d(train, everything)
        if outside.size:
            return f"split {i} trains on indices outside 0..{n - 1}: {_show(outside)}"
        unused = np.setdiff1d(everything, np.concatenate([train, val]))
        if unused.size:
            return (f"split {i} neither trains nor validates on {unused.size} indices ({_show(unused)}): "
                    "the training set must be every index that is not in the validation fold")
        if train.size != np.unique(train).size:
            values, counts = np.unique(train, return_counts=True)
            return f"split {i} trains on some indices more than once ({_show(values[counts > 1])})"
    return None
