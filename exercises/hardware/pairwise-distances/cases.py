"""Point sets for pairwise_sq_distances.

near_duplicates: every point lies within about 1e-9 of one centre whose coordinates are
about 30, and some points of Y are exact copies of points of X. The true squared
distances (about 1e-17 to 1e-16) are far below the rounding error of
||x||^2 + ||y||^2 - 2 x.y (about 1e-12 with ||x||^2 near 1e4), so the expanded formula
gives tiny negative entries: in 3000 simulated draws, every common way of writing it
(sum of squares, einsum, norm**2, dot, @, any order of the terms) gave negatives in at
least 5% of the entries, and two ways differed by at most 7e-11, well inside the
tolerance with which the grader matches a learner's output to a named mistake (1e-9).
"""
import numpy as np


def _two_sizes(rng, low, high):
    n, m = (int(v) for v in rng.choice(np.arange(low, high + 1), size=2, replace=False))
    return n, m


def near_duplicates(rng):
    n, m = _two_sizes(rng, 10, 40)
    d = int(rng.integers(8, 25))
    centre = rng.normal(0.0, 30.0, size=d)
    X = centre + 1e-9 * rng.normal(size=(n, d))
    Y = centre + 1e-9 * rng.normal(size=(m, d))
    k = int(rng.integers(1, min(n, m) // 2 + 1))
    Y[rng.choice(m, size=k, replace=False)] = X[rng.choice(n, size=k, replace=False)]
    return {"X": X, "Y": Y}


def clusters_apart(rng):
    """Two clouds of points: distances within a cloud small, across clouds large."""
    n, m = _two_sizes(rng, 5, 30)
    d = int(rng.integers(2, 10))
    a, b = rng.normal(0.0, 5.0, size=(2, d))
    X = np.where(rng.random((n, 1)) < 0.5, a, b) + 0.01 * rng.normal(size=(n, d))
    Y = np.where(rng.random((m, 1)) < 0.5, a, b) + 0.01 * rng.normal(size=(m, d))
    return {"X": X, "Y": np.asfortranarray(Y) if rng.random() < 0.5 else Y}
