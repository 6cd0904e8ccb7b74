import numpy as np


def stratified_kfold(y, k, rng):
    y = np.asarray(y)
    seen = []
    for label in y:
        if label not in seen:
            seen.append(label)
    fold_of = np.zeros(len(y), dtype=np.int64)
    j = 0
    for label in seen:
        for index in rng.permutation(np.flatnonzero(y == label)):
            fold_of[index] = j % k
            j += 1
    return [(np.flatnonzero(fold_of != f), np.flatnonzero(fold_of == f)) for f in range(k)]
