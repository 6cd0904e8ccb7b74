import numpy as np


def kfold_splits(n, k, seed):
    rng = np.random.default_rng(seed)
    perm = rng.permutation(n)
    base, extra = divmod(n, k)
    sizes = [base + 1 if i < extra else base for i in range(k)]
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    splits = []
    for i in range(k):
        lo, hi = bounds[i], bounds[i + 1]
        splits.append((np.delete(perm, np.arange(lo, hi)), perm[lo:hi]))
    return splits
