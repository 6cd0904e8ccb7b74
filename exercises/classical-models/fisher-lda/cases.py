"""Hidden cases of the two-class Fisher discriminant.

Both classes share an anisotropic, correlated covariance (condition number up to about 50),
so S_W⁻¹ turns the direction away from m1 − m0; the means sit several units from the origin,
so uncentered scatter differs from the centered one; and the classes are unbalanced, so the
overall mean is not the midpoint of the class means. Rows of the two classes are shuffled
together. Layouts are set per group.
"""
import numpy as np


def _fortran(a):
    return np.asfortranarray(a)


def _strided(a):
    wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
    wide[..., ::2] = a
    return wide[..., ::2]


def _mixing(rng, D):
    """A random rotation times scales 0.4..3: covariance A Aᵀ with condition number <= ~56."""
    q, _ = np.linalg.qr(rng.normal(size=(D, D)))
    return q * rng.uniform(0.4, 3.0, size=D)


def _two_classes(rng, n0, n1, D):
    A = _mixing(rng, D)
    m0 = rng.normal(0.0, 3.0, size=D) + 4.0
    m1 = m0 + rng.normal(0.0, 1.5, size=D)
    X = np.vstack([m0 + rng.normal(size=(n0, D)) @ A.T, m1 + rng.normal(size=(n1, D)) @ A.T])
    y = np.concatenate([np.zeros(n0, dtype=np.int64), np.ones(n1, dtype=np.int64)])
    order = rng.permutation(n0 + n1)
    return X[order], y[order]


def _sizes(rng):
    small = int(rng.integers(8, 25))
    big = small * int(rng.integers(2, 5))
    return (small, big) if rng.random() < 0.5 else (big, small)


def unbalanced(rng):
    D = int(rng.integers(2, 6))
    X, y = _two_classes(rng, *_sizes(rng), D)
    return {"X": _fortran(X), "y": y}


def unbalanced_strided(rng):
    D = int(rng.integers(2, 6))
    X, y = _two_classes(rng, *_sizes(rng), D)
    return {"X": _strided(X), "y": _strided(y)}


def two_points_in_a_class(rng):
    """The smallest class allowed: 2 points (the other class makes S_W nonsingular)."""
    D = int(rng.integers(2, 4))
    n_big = int(rng.integers(D + 6, 25))
    sizes = (2, n_big) if rng.random() < 0.5 else (n_big, 2)
    X, y = _two_classes(rng, *sizes, D)
    return {"X": X, "y": y}


def few_points(rng):
    """N = D + 4 points in D = 4..6 dimensions: S_W has rank N − 2 > D, barely."""
    D = int(rng.integers(4, 7))
    n0 = int(rng.integers(2, 5))
    X, y = _two_classes(rng, n0, D + 4 - n0, D)
    return {"X": _fortran(X), "y": y}


def one_feature(rng):
    """D = 1: w is ±1, so only its sign and the threshold are at stake."""
    X, y = _two_classes(rng, *_sizes(rng), 1)
    return {"X": _strided(X), "y": y}
