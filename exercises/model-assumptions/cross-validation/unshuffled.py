import numpy as np


def kfold_splits(n, k, seed):
    folds = np.array_split(np.arange(n), k)          # contiguous blocks: no shuffle
    return [(np.concatenate([folds[j] for j in range(k) if j != i]), folds[i]) for i in range(k)]
