import numpy as np


def kfold_splits(n, k, seed):
    perm = np.random.default_rng(seed).permutation(n)
    size = n // k
    splits = []
    for i in range(k):
        end = (i + 1) * size if i < k - 1 else n      # the last fold takes all n % k leftovers
        val = perm[i * size:end]
        splits.append((np.concatenate([perm[:i * size], perm[end:]]), val))
    return splits
