"""Hidden cases of one Lloyd iteration.

Float cases keep, for every point, its two smallest squared distances more than 1e-9
(relative) apart, so the assignment does not depend on how a learner computes distances
(the expansion |x|^2 - 2 x.c + |c|^2 rounds differently from coordinate differences).
Exact ties come only from small-integer coordinates, where every formula is exact.
Layouts are set per group rather than drawn, so every seed meets Fortran-ordered and
strided inputs.
"""
import numpy as np


def _fortran(a):
    return np.asfortranarray(a)


def _strided(a):
    wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
    wide[..., ::2] = a
    return wide[..., ::2]


def _well_separated(X, centers):
    """Every point's nearest center beats the runner-up by more than 1e-9 relative."""
    if centers.shape[0] < 2:
        return True
    d2 = np.sort(((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=2), axis=1)
    return bool(np.all(d2[:, 1] - d2[:, 0] > 1e-9 * np.maximum(d2[:, 1], 1e-300)))


def _blobs(rng, N, K, d):
    """N points around K random centers, and starting centers drawn near some of the points."""
    while True:
        truth = rng.uniform(-6.0, 6.0, size=(K, d))
        X = truth[rng.integers(0, K, size=N)] + rng.normal(0.0, 1.0, size=(N, d))
        centers = X[rng.choice(N, size=min(K, N), replace=False)] + rng.normal(0.0, 0.5, size=(min(K, N), d))
        if K > N:
            centers = np.vstack([centers, rng.uniform(-6.0, 6.0, size=(K - N, d))])
        if _well_separated(X, centers):
            return X, centers


def blobs_fortran(rng):
    N, K, d = int(rng.integers(15, 41)), int(rng.integers(2, 6)), int(rng.integers(2, 5))
    X, centers = _blobs(rng, N, K, d)
    return {"X": _fortran(X), "centers": _strided(centers)}


def blobs_strided(rng):
    N, K, d = int(rng.integers(15, 41)), int(rng.integers(2, 6)), int(rng.integers(2, 5))
    X, centers = _blobs(rng, N, K, d)
    return {"X": _strided(X), "centers": _fortran(centers)}


def integer_ties(rng):
    """Coordinates in 0..3: many points sit exactly halfway between two centers, and one
    center is a duplicate of another (the duplicate never wins a point and keeps its place)."""
    while True:
        N, K, d = int(rng.integers(12, 25)), int(rng.integers(3, 6)), int(rng.integers(1, 4))
        X = rng.integers(0, 4, size=(N, d)).astype(np.float64)
        centers = rng.integers(0, 4, size=(K, d)).astype(np.float64)
        centers[int(rng.integers(1, K))] = centers[0]
        d2 = ((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=2)
        best = d2.min(axis=1, keepdims=True)
        tied = (d2 == best).sum(axis=1) > 1
        distinct = len({tuple(c) for c in centers})
        nontrivial_tie = np.any((d2[:, 1:] == best) & (d2[:, 1:] != d2[:, :1]))
        if tied.sum() >= 3 and distinct >= 2 and nontrivial_tie and np.any(best > 1):
            return {"X": _fortran(X), "centers": centers}


def far_center(rng):
    """One center far from every point: its cluster is empty and it must stay where it was."""
    N, K, d = int(rng.integers(10, 30)), int(rng.integers(2, 5)), int(rng.integers(1, 4))
    X, centers = _blobs(rng, N, K, d)
    far = rng.uniform(80.0, 120.0, size=(1, d)) * rng.choice([-1.0, 1.0], size=(1, d))
    at = int(rng.integers(0, K + 1))
    centers = np.insert(centers, at, far, axis=0)
    return {"X": _strided(X), "centers": centers}


def fewer_points_than_centers(rng):
    N = int(rng.integers(2, 4))
    K, d = N + int(rng.integers(2, 4)), int(rng.integers(2, 4))
    X, centers = _blobs(rng, N, K, d)
    return {"X": X, "centers": _fortran(centers)}


def one_point(rng):
    K, d = int(rng.integers(2, 5)), int(rng.integers(2, 4))
    X, centers = _blobs(rng, 1, K, d)
    return {"X": X, "centers": centers}


def one_cluster(rng):
    N, d = int(rng.integers(5, 20)), int(rng.integers(2, 4))
    X, centers = _blobs(rng, N, 1, d)
    return {"X": _fortran(X), "centers": centers}


def one_feature(rng):
    N, K = int(rng.integers(8, 25)), int(rng.integers(2, 5))
    X, centers = _blobs(rng, N, K, 1)
    return {"X": _strided(X), "centers": _strided(centers)}
