import numpy as np


def kmeans_plus_plus(X, k, rng):
    n = len(X)
    chosen = [int(rng.integers(n))]
    while len(chosen) < k:
        d2 = np.empty(n)
        for i in range(n):
            d2[i] = min(np.sum((X[i] - X[c]) ** 2) for c in chosen)
        chosen.append(int(rng.choice(n, p=d2 / d2.sum())))
    idx = np.array(chosen)
    return X[idx].copy(), idx
