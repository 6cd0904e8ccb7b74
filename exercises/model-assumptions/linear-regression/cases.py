"""Hidden cases of linear regression: data that really has an intercept.

Every data set is drawn from a linear model y = X w_true + b_true + noise whose intercept
b_true is far from 0 (|b_true| between 2 and 6) and whose features have non-zero means
(between 1 and 5 in absolute value) and different scales: a fit without an intercept, or
an intercept that forgets the feature means, is always visibly wrong. The ridge cases use
l2 between 0.05 and 2, strong enough that shrinking the intercept too, or a penalty N
times too weak, moves the answer far beyond the tolerance. X comes in any memory layout.
"""
import numpy as np


def _layout(a, rng):
    kind = int(rng.integers(3))
    if kind == 1:                                   # Fortran order, like a transposed copy
        return np.ascontiguousarray(a.T).T
    if kind == 2:                                   # every other column of a wider array
        wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],))
        wide[..., ::2] = a
        return wide[..., ::2]
    return a


def _data(rng, N, D, offset=(1.0, 5.0)):
    means = rng.uniform(*offset, size=D) * rng.choice([-1.0, 1.0], size=D)
    scales = rng.uniform(0.5, 3.0, size=D)
    X = means + scales * rng.normal(size=(N, D))
    w_true = rng.normal(0.0, 2.0, size=D)
    b_true = rng.uniform(2.0, 6.0) * rng.choice([-1.0, 1.0])
    y = X @ w_true + b_true + rng.normal(0.0, 0.5, size=N)
    return _layout(X, rng), y


def _sizes(rng, n_range, d_range):
    while True:
        N, D = int(rng.integers(*n_range)), int(rng.integers(*d_range))
        if N != D:
            return N, D


def _ridge_l2(rng):
    return float(rng.uniform(0.05, 2.0))


def least_squares(rng):
    N, D = _sizes(rng, (12, 41), (2, 7))
    X, y = _data(rng, N, D)
    return {"X": X, "y": y, "l2": 0.0}


def default_l2(rng):
    N, D = _sizes(rng, (12, 41), (2, 7))
    X, y = _data(rng, N, D)
    return {"X": X, "y": y}                         # l2 omitted: the default 0.0 applies


def ridge(rng):
    N, D = _sizes(rng, (12, 41), (2, 7))
    X, y = _data(rng, N, D)
    return {"X": X, "y": y, "l2": _ridge_l2(rng)}


def one_feature_ridge(rng):
    N = int(rng.integers(6, 20))
    X, y = _data(rng, N, 1)
    return {"X": X, "y": y, "l2": _ridge_l2(rng)}


def few_samples(rng):
    D = int(rng.integers(2, 6))
    X, y = _data(rng, D + 2, D)                     # N = D + 2: still full column rank
    return {"X": X, "y": y, "l2": 0.0}


def more_features_than_samples(rng):
    N, D = int(rng.integers(4, 8)), int(rng.integers(9, 14))
    X, y = _data(rng, N, D)                         # rank-deficient: only the ridge makes it solvable
    return {"X": X, "y": y, "l2": _ridge_l2(rng)}


def far_from_the_origin(rng):
    N, D = _sizes(rng, (15, 41), (2, 5))
    X, y = _data(rng, N, D, offset=(50.0, 200.0))
    return {"X": X, "y": y, "l2": float(rng.choice([0.0, _ridge_l2(rng)]))}
