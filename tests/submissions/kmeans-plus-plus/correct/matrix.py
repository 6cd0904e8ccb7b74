import numpy as np


def kmeans_plus_plus(X, k, rng):
    N = X.shape[0]
    idx = np.zeros(k, dtype=int)
    idx[0] = rng.integers(N)
    for t in range(1, k):
        diff = X[:, None, :] - X[idx[:t]][None, :, :]
        D2 = np.min(np.einsum("ntd,ntd->nt", diff, diff), axis=1)
        probs = D2 / np.sum(D2)
        idx[t] = rng.choice(N, p=probs)
    return np.array(X[idx]), idx
