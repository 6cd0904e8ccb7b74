import numpy as np


def kmeans_plus_plus(X, k, rng):
    N = X.shape[0]
    indices = [int(rng.integers(N))]                       # the first center: uniform
    D2 = ((X - X[indices[0]]) ** 2).sum(axis=1)            # squared distance to the nearest center
    for _ in range(k - 1):
        idx = int(rng.choice(N, p=D2 / D2.sum()))          # D^2 sampling
        indices.append(idx)
        D2 = np.minimum(D2, ((X - X[idx]) ** 2).sum(axis=1))
    indices = np.array(indices, dtype=np.int64)
    return X[indices], indices
