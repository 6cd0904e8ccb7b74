import numpy as np


def kmeans_plus_plus(X, k, rng):
    N = X.shape[0]
    picks = [int(rng.integers(N))]
    for _ in range(1, k):
        last = X[picks[-1]]
        d2 = np.sum((X - last) ** 2, axis=1)
        j = int(rng.choice(N, p=d2 / d2.sum()))
        picks.append(j)
    picks = np.array(picks, dtype=np.int64)
    return X[picks], picks
