import numpy as np


def kmeans_plus_plus(X, k, rng):
    N = X.shape[0]
    picks = [int(rng.integers(N))]
    d2 = np.sum((X - X[picks[0]]) ** 2, axis=1)
    while len(picks) < k:
        j = int(d2.argmax())
        picks.append(j)
        d2 = np.minimum(d2, np.sum((X - X[j]) ** 2, axis=1))
    picks = np.array(picks, dtype=np.int64)
    return X[picks], picks
