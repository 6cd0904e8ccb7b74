import numpy as np


def kmeans_plus_plus(X, k, rng):
    """k-means++ seeding: choose k starting centers among the rows of X by D^2 sampling.

    X: float array (N, d); k: int, 1 <= k <= N (X has at least k distinct rows);
    rng: a np.random.Generator, the only source of randomness.
    Exact protocol: first = rng.integers(N); then, k - 1 times,
    idx = rng.choice(N, p=D2 / D2.sum()), where D2[n] is the squared distance from X[n] to the
    nearest center chosen so far, computed from coordinate differences. Draw nothing else.
    Returns (centers, indices): indices an int array (k,) in the order chosen, and
    centers = X[indices], a new (k, d) array. Must not modify X.
    """
    raise NotImplementedError("kmeans_plus_plus: one uniform index, then k - 1 draws in proportion to D^2")
