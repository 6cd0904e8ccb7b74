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
    exact, rounded = (int(d) for d in rng.choice(D, size=2, replace=False))
    for d, values in ((exact, [0.0, 1.0, -2.5, 3.0]), (rounded, [0.1, 0.7, -3.3, 2.9, 0.3, 1.1])):
        for value in rng.permutation(values):
            X_train[:, d] = value                           # a sensor stuck during collection
            if d == exact or X_train[:, d].std() != 0:      # std 0 exactly, and std ~1e-17 from rounding
                break
        X_test[:, d] = value + rng.normal(0.0, 2.0, size=M)  # ... that works again later
    return {"X_train": _layout(X_train, rng), "X_test": _layout(X_test, rng)}


def one_test_row(rng):
    N, _, D = _sizes(rng)
    X_train, X_test = _splits(rng, N, 1, D)
    return {"X_train": _layout(X_train, rng), "X_test": X_test}


def few_training_rows(rng):
    N, M, D = _sizes(rng, n=(2, 5), m=(6, 15), d=(5, 9))
    X_train, X_test = _splits(rng, N, M, D)
    return {"X_train": X_train, "X_test": _layout(X_test, rng)}


def small_units(rng):
    """A feature measured in small units (seconds written in years, lengths in metres of a
    cell): it varies by about 1e-9, and it must be scaled like any other; a test such as
    np.isclose(std, 0) takes it for a constant."""
    N, M, D = _sizes(rng)
    X_train, X_test = _splits(rng, N, M, D)
    d = int(rng.integers(D))
    X_train[:, d] *= 1e-10
    X_test[:, d] *= 1e-10
    return {"X_train": _layout(X_train, rng), "X_test": _layout(X_test, rng)}


def near_a_million(rng):
    """Features near ±10^6 that vary by a few units: sqrt(E[x²] − μ²) subtracts two numbers
    near 10^12 and keeps few digits; the std of the centred values keeps them all."""
    N, M, D = _sizes(rng)
    X_train, X_test = _splits(rng, N, M, D)
    offset = rng.choice([-1.0, 1.0], size=D) * rng.uniform(0.5e6, 2e6, size=D)
    return {"X_train": _layout(X_train + offset, rng), "X_test": _layout(X_test + offset, rng)}
