"""Hidden data sets: samples of a Gaussian with a random mean and correlated features."""
import numpy as np


def _sizes(rng, n_range, d_range):
    d = int(rng.integers(d_range[0], d_range[1] + 1))
    n = int(rng.choice([k for k in range(n_range[0], n_range[1] + 1) if k != d]))
    return n, d


def _layout(X, rng):
    """The same values as a C-ordered array, a Fortran-ordered one, or a strided view."""
    kind = int(rng.integers(3))
    if kind == 1:
        return np.asfortranarray(X)
    if kind == 2:
        wide = np.zeros((X.shape[0], 2 * X.shape[1]))
        wide[:, ::2] = X
        return wide[:, ::2]
    return X


def correlated_gaussian(rng):
    """N samples of N(mean, A A^T): a mean far from 0, so forgetting to center shows."""
    n, d = _sizes(rng, (4, 40), (2, 6))
    mean = rng.uniform(-5.0, 5.0, size=d)
    mixing = rng.normal(0.0, 1.0, size=(d, d))
    X = mean + rng.normal(0.0, 1.0, size=(n, d)) @ mixing.T
    return {"X": _layout(X, rng)}


def few_samples(rng):
    """Fewer samples than dimensions: the estimate is singular, and still the MLE."""
    d = int(rng.integers(5, 9))
    n = int(rng.integers(2, d))
    X = rng.normal(0.0, 1.0, size=(n, d)) * rng.uniform(0.5, 3.0, size=d) + rng.uniform(-3.0, 3.0, size=d)
    return {"X": _layout(X, rng)}


def far_from_zero(rng):
    """Features near ±10^6 that vary by about 1 (timestamps, positions in metres from a far
    origin): E[x xᵀ] − μμᵀ subtracts two numbers near 10^12 and keeps few digits; centring
    first keeps them all."""
    n, d = _sizes(rng, (5, 30), (1, 4))
    mean = rng.choice([-1.0, 1.0], size=d) * rng.uniform(0.5e6, 2e6, size=d)
    mixing = rng.normal(0.0, 1.0, size=(d, d))
    X = mean + rng.normal(0.0, 1.0, size=(n, d)) @ mixing.T
    return {"X": _layout(X, rng)}
