"""Hidden cases of the root split of a classification tree.

The rounding-tie cases exist for the 1e-12 tie rule: two features whose splits have
mathematically equal weighted Gini (their class counts are permutations of each other:
feature 1 of each point is feature 0 of a partner point whose label is 0 <-> 2 swapped),
redrawn until, computed in float64, the later candidate comes out strictly lower. Without
the tolerance the answer then depends on how the impurity is rounded.
"""
import numpy as np


def _fortran(a):
    return np.asfortranarray(a)


def _strided(a):
    wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
    wide[..., ::2] = a
    return wide[..., ::2]


def _impurities(X, y):
    """Every candidate's weighted Gini, as the reference rounds it: (value, feature, threshold)."""
    N, C = len(y), int(y.max()) + 1
    out = []
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            left = X[:, j] <= t
            parts = [y[left], y[~left]]
            g = [len(p) * (1.0 - np.sum((np.bincount(p, minlength=C) / len(p)) ** 2)) for p in parts]
            out.append(((g[0] + g[1]) / N, j, t))
    return out


def _strict_winner_is_not_first_tie(X, y):
    cands = _impurities(X, y)
    low = min(c[0] for c in cands)
    first = next(c for c in cands if c[0] <= low + 1e-12)
    strict = min(cands, key=lambda c: c[0])
    return (strict[1], strict[2]) != (first[1], first[2])


def _mirrored(rng):
    n_outer, n_middle = int(rng.integers(3, 8)), int(rng.integers(2, 8))
    y = np.array([0] * n_outer + [2] * n_outer + [1] * n_middle)
    partner = np.concatenate([np.arange(n_outer, 2 * n_outer), np.arange(n_outer),
                              2 * n_outer + rng.permutation(n_middle)])
    v0 = rng.integers(0, 6, size=y.size).astype(np.float64)
    X = np.stack([v0, v0[partner]], axis=1)
    order = rng.permutation(y.size)
    return X[order], y[order]


def rounding_ties(rng):
    while True:
        X, y = _mirrored(rng)
        if _strict_winner_is_not_first_tie(X, y):
            return {"X": _fortran(X), "y": y}


def continuous(rng):
    """Float features, three classes that depend on two of the features."""
    N, d = int(rng.integers(20, 41)), int(rng.integers(3, 6))
    X = rng.normal(0.0, 2.0, size=(N, d))
    score = X[:, int(rng.integers(0, d))] + 0.7 * rng.normal(size=N)
    y = np.digitize(score, np.quantile(score, [0.33, 0.66])).astype(np.int64)
    return {"X": _strided(X), "y": _strided(y)}


def integer_features(rng):
    """Few distinct values per feature and four classes: many equal impurities."""
    while True:
        N, d = int(rng.integers(10, 25)), int(rng.integers(2, 5))
        X = rng.integers(0, 4, size=(N, d)).astype(np.float64)
        y = rng.integers(0, 4, size=N)
        if y.max() > 0 and any(len(np.unique(X[:, j])) > 1 for j in range(d)):
            return {"X": _fortran(X), "y": y}


def constant_and_duplicate_columns(rng):
    """Column 0 is constant (no candidate); the best column appears twice, so the tie
    between the two copies goes to the lower feature index."""
    N = int(rng.integers(12, 30))
    good = rng.normal(size=N)
    y = (good + 0.3 * rng.normal(size=N) > 0).astype(np.int64)
    noise = rng.normal(size=N)
    X = np.stack([np.full(N, rng.normal()), noise, good, good], axis=1)
    return {"X": _strided(X), "y": y}


def pure_labels(rng):
    """Every label 0 (a single class): every split has impurity 0, so the first threshold of the first
    non-constant feature wins, with gain 0."""
    N, d = int(rng.integers(5, 15)), int(rng.integers(2, 4))
    X = rng.normal(size=(N, d))
    X[:, 0] = 1.5
    return {"X": X, "y": np.zeros(N, dtype=np.int64)}


def two_points(rng):
    d = int(rng.integers(2, 4))
    X = rng.normal(size=(2, d))
    return {"X": _fortran(X), "y": np.array([1, 0], dtype=np.int64)}


def one_feature(rng):
    N = int(rng.integers(8, 20))
    X = rng.uniform(-3.0, 3.0, size=(N, 1))
    y = ((X[:, 0] > rng.uniform(-1.0, 1.0)) ^ (rng.random(N) < 0.2)).astype(np.int64)
    return {"X": _strided(X), "y": y}


def _winner(X, y, impurity_of_counts):
    """(feature, threshold) minimizing the weighted impurity given by impurity_of_counts."""
    N, C = len(y), int(y.max()) + 1
    best = None
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            left = X[:, j] <= t
            score = sum(len(p) * impurity_of_counts(np.bincount(p, minlength=C) / len(p))
                        for p in (y[left], y[~left])) / N
            if best is None or score < best[0] - 1e-9:
                best = (score, j, t)
    return best[1], best[2]


def _entropy(p):
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum())


def _error_rate(p):
    return float(1.0 - p.max())


def _gini(p):
    return float(1.0 - (p ** 2).sum())


def criterion_matters(rng):
    """Redrawn until entropy and the misclassification rate each pick another split than
    Gini does: the criterion is part of the contract."""
    while True:
        N, d = int(rng.integers(12, 30)), int(rng.integers(2, 4))
        X = rng.normal(size=(N, d)).round(1)
        y = rng.integers(0, 3, size=N)
        if y.max() == 0:
            continue
        gini = _winner(X, y, _gini)
        if gini != _winner(X, y, _entropy) and gini != _winner(X, y, _error_rate):
            return {"X": _fortran(X), "y": y}
