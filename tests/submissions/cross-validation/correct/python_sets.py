import numpy as np


def kfold_splits(n, k, seed):
    perm = np.random.default_rng(seed).permutation(n).tolist()
    out = []
    start = 0
    for i in range(k):
        size = n // k + (1 if i < n % k else 0)
        val = perm[start:start + size]
        start += size
        val_set = set(val)
        train = [j for j in range(n) if j not in val_set]
        out.append((np.array(train, dtype=int), np.array(val, dtype=int)))
    return out
