"""Hidden cases of k-nearest-neighbour classification.

Float cases keep every two distances to a test point more than 1e-9 (relative) apart, so
neighbours do not depend on the distance formula; exact distance ties come only from
small-integer coordinates. Cases are redrawn until the rules they exist for matter: a vote
tie whose nearest neighbour's label is not the smallest tied label (so Counter order shows),
and, in the integer cases, a distance tie at the k-th place between different labels (so
the order of tied neighbours shows). Layouts are set per group.
"""
from collections import Counter

import numpy as np


def _fortran(a):
    return np.asfortranarray(a)


def _strided(a):
    wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
    wide[..., ::2] = a
    return wide[..., ::2]


def _distances(X_train, X_test):
    return ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)


def _vote(y, order, k, first_seen=False):
    votes = y[order[:k]]
    if first_seen:
        return Counter(votes.tolist()).most_common(1)[0][0]
    return int(np.argmax(np.bincount(votes)))


def _predict(d2, y, k, first_seen=False, reverse_ties=False, default_sort=False):
    out = []
    for row in d2:
        if default_sort:
            order = np.argsort(row)                       # NumPy's default sort: not stable
        else:
            order = np.lexsort((-np.arange(len(row)) if reverse_ties else np.arange(len(row)), row))
        out.append(_vote(y, order, k, first_seen))
    return np.array(out)


def _separated(d2):
    s = np.sort(d2, axis=1)
    return bool(np.all(np.diff(s, axis=1) > 1e-9 * np.maximum(s[:, 1:], 1e-300)))


def _first_seen_differs(d2, y, k):
    return bool(np.any(_predict(d2, y, k) != _predict(d2, y, k, first_seen=True)))


def _float_case(rng, N, M, d, C, k):
    while True:
        means = rng.normal(0.0, 1.0, size=(C, d))
        y = rng.integers(0, C, size=N)
        X_train = means[y] + rng.normal(0.0, 1.0, size=(N, d))
        X_test = rng.normal(0.0, 1.5, size=(M, d))
        d2 = _distances(X_train, X_test)
        if _separated(d2) and (k < 2 or _first_seen_differs(d2, y, k)):
            return X_train, y, X_test


def even_k(rng):
    """Even k among 2-4 classes: many 1-1, 2-2 or 3-3 vote ties."""
    N, M, d, C = int(rng.integers(20, 50)), int(rng.integers(8, 16)), int(rng.integers(2, 5)), int(rng.integers(2, 5))
    k = int(rng.choice([2, 4, 6]))
    X_train, y, X_test = _float_case(rng, N, M, d, C, k)
    return {"X_train": _fortran(X_train), "y_train": y, "X_test": _strided(X_test), "k": k}


def odd_k(rng):
    N, M, d, C = int(rng.integers(20, 50)), int(rng.integers(5, 12)), int(rng.integers(2, 5)), int(rng.integers(3, 5))
    k = int(rng.choice([3, 5, 7]))
    X_train, y, X_test = _float_case(rng, N, M, d, C, k)
    return {"X_train": _strided(X_train), "y_train": _strided(y), "X_test": _fortran(X_test), "k": k}


def integer_ties(rng):
    """Coordinates in 0..3: many training points at the same distance. Redrawn until the
    order of tied neighbours changes some prediction (reversed, and as NumPy's default,
    unstable argsort leaves it: N >= 40 takes it past its insertion-sort range), and a
    vote tie shows Counter order."""
    while True:
        N, M, d = int(rng.integers(40, 80)), int(rng.integers(8, 15)), int(rng.integers(1, 3))
        k = int(rng.choice([2, 4, 5]))
        X_train = rng.integers(0, 4, size=(N, d)).astype(np.float64)
        y = rng.integers(0, 3, size=N)
        X_test = rng.integers(0, 4, size=(M, d)).astype(np.float64)
        d2 = _distances(X_train, X_test)
        right = _predict(d2, y, k)
        if (np.any(right != _predict(d2, y, k, reverse_ties=True)) and _first_seen_differs(d2, y, k)
                and np.any(right != _predict(d2, y, k, default_sort=True))):
            return {"X_train": _fortran(X_train), "y_train": y, "X_test": X_test, "k": k}


def one_neighbour(rng):
    N, M, d = int(rng.integers(10, 30)), int(rng.integers(4, 10)), int(rng.integers(2, 4))
    X_train, y, X_test = _float_case(rng, N, M, d, 3, 1)
    return {"X_train": X_train, "y_train": y, "X_test": _fortran(X_test), "k": 1}


def every_neighbour(rng):
    """k = N with two classes of equal size: every test point gets the tie, so label 0."""
    half, d = int(rng.integers(3, 8)), int(rng.integers(2, 4))
    M = int(rng.integers(3, 7))
    X_train, _, X_test = _float_case(rng, 2 * half, M, d, 2, 1)
    y = rng.permutation(np.repeat(np.array([2, 5]), half))
    return {"X_train": X_train, "y_train": y, "X_test": X_test, "k": 2 * half}


def one_test_point(rng):
    N, d = int(rng.integers(15, 30)), int(rng.integers(2, 4))
    X_train, y, X_test = _float_case(rng, N, 1, d, 3, 4)
    return {"X_train": X_train, "y_train": y, "X_test": _strided(X_test), "k": 4}


def one_training_point(rng):
    M, d = int(rng.integers(3, 8)), int(rng.integers(2, 4))
    X_train, y, X_test = _float_case(rng, 1, M, d, 1, 1)
    return {"X_train": X_train, "y_train": y + int(rng.integers(1, 4)), "X_test": X_test, "k": 1}


def one_feature(rng):
    N, M = int(rng.integers(20, 40)), int(rng.integers(5, 12))
    X_train, y, X_test = _float_case(rng, N, M, 1, 3, 2)
    return {"X_train": _strided(X_train), "y_train": y, "X_test": _strided(X_test), "k": 2}
