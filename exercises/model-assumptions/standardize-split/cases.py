"""Hidden cases of standardization: a training split and a test split that differ.

Features have very different means (up to ±50) and scales (0.5 to 20), so a statistic
from the wrong rows is far off. The test rows are drawn from a slightly shifted and wider
distribution than the training rows, as real data drifts between collection and use:
statistics computed on the test rows, or on both splits pooled, then differ visibly from
the training statistics. N, M and D are all different. A feature that is constant in
training takes an exactly representable value (its mean and std are then exact: std = 0),
and varies in the test split.
"""
import numpy as np


def _layout(a, rng):
    kind = int(rng.integers(3))
    if kind == 1:
        return np.ascontiguousarray(a.T).T
    if kind == 2:
        wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],))
        wide[..., ::2] = a
        return wide[..., ::2]
    return a


def _sizes(rng, n=(6, 31), m=(3, 26), d=(2, 7)):
    while True:
        N, M, D = int(rng.integers(*n)), int(rng.integers(*m)), int(rng.integers(*d))
        if len({N, M, D}) == 3:
            return N, M, D


def _splits(rng, N, M, D):
    mean = rng.uniform(-50.0, 50.0, size=D)
    scale = rng.uniform(0.5, 20.0, size=D)
    X_train = mean + scale * rng.normal(size=(N, D))
    shift = rng.uniform(0.3, 1.0, size=D) * rng.choice([-1.0, 1.0], size=D)
    X_test = mean + shift * scale + 1.3 * scale * rng.normal(size=(M, D))
    return X_train, X_test


def drifted(rng):
    X_train, X_test = _splits(rng, *_sizes(rng))
    return {"X_train": _layout(X_train, rng), "X_test": _layout(X_test, rng)}


def constant_feature(rng):
    N, M, D = _sizes(rng, d=(3, 7))
    X_train, X_test = _splits(rng, N, M, D)
    d = int(rng.integers(D))
    value = float(rng.choice([0.0, 1.0, -2.5, 3.0, 7.25, 12.0]))
    X_train[:, d] = value                                   # a sensor stuck during collection
    X_test[:, d] = value + rng.normal(0.0, 2.0, size=M)     # ... that works again later
    return {"X_train": _layout(X_train, rng), "X_test": _layout(X_test, rng)}


def one_test_row(rng):
    N, _, D = _sizes(rng)
    X_train, X_test = _splits(rng, N, 1, D)
    return {"X_train": _layout(X_train, rng), "X_test": X_test}


def few_training_rows(rng):
    N, M, D = _sizes(rng, n=(2, 5), m=(6, 15), d=(5, 9))
    X_train, X_test = _splits(rng, N, M, D)
    return {"X_train": X_train, "X_test": _layout(X_test, rng)}
