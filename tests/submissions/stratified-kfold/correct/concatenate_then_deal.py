import numpy as np


def stratified_kfold(y, k, rng):
    y = np.asarray(y)
    pieces = []
    for c in np.unique(y):
        where = np.nonzero(y == c)[0]
        pieces.append(where[rng.permutation(len(where))])
    dealt = np.concatenate(pieces)
    fold = np.empty(len(y), dtype=int)
    fold[dealt] = np.arange(len(y)) % k
    everything = np.arange(len(y))
    out = []
    for i in range(k):
        in_fold = fold == i
        out.append([everything[~in_fold], everything[in_fold]])   # a pair as a list serves as well as a tuple
    return out
