import numpy as np


def kmeans_plus_plus(X, k, rng):
    N = X.shape[0]
    picks = [rng.integers(N)]
    dist = np.linalg.norm(X - X[picks[0]], axis=1)
    for _ in range(1, k):
        j = rng.choice(N, p=dist / dist.sum())
        picks.append(j)
        dist = np.minimum(dist, np.linalg.norm(X - X[j], axis=1))
    picks = np.array(picks, dtype=np.int64)
    return X[picks], picks
