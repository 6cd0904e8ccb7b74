"""Scores for the hinge loss, kept away from its kinks.

The hinge max(0, m) has no derivative at m = 0, and finite differences (step 1e-5) are
only valid when no margin m = x[n, j] - x[n, y_n] + 1 (j != y_n) is within the step of 0.
Every generator here moves a wrong class's score so that |m| >= 0.01.
"""
import numpy as np

GAP = 0.01


def _away_from_kinks(x, y):
    n = x.shape[0]
    margins = x - x[np.arange(n), y][:, None] + 1.0
    margins[np.arange(n), y] = 1.0                       # the correct class itself is never moved
    close = np.abs(margins) < GAP
    x[close] += np.where(margins[close] < 0, -5 * GAP, 5 * GAP)   # pushes |m| to >= 0.04
    return x


def _layout(x, rng):
    kind = int(rng.integers(3))
    if kind == 1:
        return np.ascontiguousarray(x.T).T                # Fortran order
    if kind == 2:
        wide = np.zeros((x.shape[0], 2 * x.shape[1]))
        wide[:, ::2] = x
        return wide[:, ::2]                               # every other column of a wider array
    return x


def _sizes(rng):
    n, c = rng.choice(np.arange(2, 10), 2, replace=False)
    return int(n), int(c)


def random_scores(rng):
    """A mix of violated (m > 0) and satisfied (m < 0) margins in every batch."""
    n, c = _sizes(rng)
    x = rng.normal(0.0, float(rng.choice([0.5, 1.5, 3.0])), size=(n, c))
    y = rng.integers(0, c, size=n)
    return {"x": _layout(_away_from_kinks(x, y), rng), "y": y}


def some_rows_perfect(rng):
    """Some examples already have their correct class ahead of every other by more than 1:
    they contribute nothing to the loss or the gradient."""
    n, c = _sizes(rng)
    x = rng.normal(0.0, 1.0, size=(n, c))
    y = rng.integers(0, c, size=n)
    perfect = rng.random(n) < 0.5
    for i in np.flatnonzero(perfect):
        others = np.delete(x[i], y[i])
        x[i, y[i]] = others.max() + rng.uniform(1.2, 3.0)
    return {"x": _away_from_kinks(x, y), "y": y}


def all_correct(rng):
    """A model that already separates every example by the margin: the loss is exactly 0."""
    n, c = _sizes(rng)
    x = rng.normal(0.0, 1.0, size=(n, c))
    y = rng.integers(0, c, size=n)
    for i in range(n):
        x[i, y[i]] = np.delete(x[i], y[i]).max() + rng.uniform(1.2, 3.0)
    return {"x": x, "y": y}
