"""Leaf arrays for each probe graph (see driver.py).

Every axis of every graph has its own size, all different, so that a gradient that keeps
the broadcast shape can never have the right shape by accident, and so that a product
with a missing transpose in a non-square @ raises instead of silently fitting. Inputs of
relu are kept at least 0.05 away from 0 (finite differences across a kink are
meaningless), except in the relu-at-zero graph, whose zeros are exact and are not
differentiated numerically.
"""
import numpy as np


def _distinct(rng, count, low, high):
    """`count` different sizes from [low, high], in random order."""
    return [int(v) for v in rng.choice(np.arange(low, high + 1), size=count, replace=False)]


def mlp(rng):
    n, d, h, c = _distinct(rng, 4, 2, 7)
    while True:
        x = rng.normal(0.0, 1.0, (n, d))
        W1 = rng.normal(0.0, 1.0 / np.sqrt(d), (d, h))
        b1 = rng.normal(0.0, 0.5, h)
        if np.abs(x @ W1 + b1).min() > 0.05:                 # every relu input away from its kink
            break
    return {"graph": "mlp", "x": x, "W1": W1, "b1": b1,
            "W2": rng.normal(0.0, 1.0 / np.sqrt(h), (h, c)), "b2": rng.normal(0.0, 0.5, c),
            "y": rng.integers(0, c, n)}


def broadcasting(rng):
    p, q, r = _distinct(rng, 3, 2, 6)
    return {"graph": "broadcasting", "a": rng.normal(0.0, 1.0, (p, 1, r)), "b": rng.normal(0.0, 1.0, (q, r)),
            "c": rng.normal(0.0, 1.0, r), "s": float(rng.uniform(0.5, 1.5) * rng.choice([-1.0, 1.0]))}


def reductions(rng):
    a, b, c = _distinct(rng, 3, 2, 6)
    return {"graph": "reductions", "x": rng.normal(0.0, 0.7, (a, b, c)), "g": rng.normal(0.0, 1.0, b)}


def reshape_and_transpose(rng):
    b, c = _distinct(rng, 2, 2, 3)                            # b * c = 6
    a, e, f = (int(v) for v in rng.choice([4, 5, 7, 8], size=3, replace=False))   # never 2, 3 or 6
    return {"graph": "reshape_and_transpose", "x": rng.normal(0.0, 1.0, (a, b, c)),
            "W": rng.normal(0.0, 1.0 / np.sqrt(b * c), (b * c, e)),
            "V": rng.normal(0.0, 1.0 / np.sqrt(2 * a), (a, f))}


def square_matrices(rng):
    m = int(rng.integers(2, 6))
    return {"graph": "square_matrices", **{k: rng.normal(0.0, 1.0 / np.sqrt(m), (m, m)) for k in "ABC"}}


def plain_numbers(rng):
    n, d = _distinct(rng, 2, 2, 6)
    return {"graph": "plain_numbers", "a": rng.normal(0.0, 1.0, (n, d)), "b": rng.normal(0.0, 1.0, d)}


def relu_at_zero(rng):
    n, d = _distinct(rng, 2, 2, 6)
    x = rng.normal(0.0, 1.0, (n, d))
    x = np.where(x < 0, x - 0.05, x + 0.05)
    x[rng.random((n, d)) < 0.4] = 0.0                         # exact zeros: relu'(0) = 0
    x.reshape(-1)[int(rng.integers(n * d))] = 0.0             # at least one
    return {"graph": "relu_at_zero", "x": x, "w": rng.normal(0.0, 1.0, d)}


def used_twice(rng):
    n, m = _distinct(rng, 2, 2, 6)
    x = {f"x{i}": rng.normal(0.0, 1.0, (n, m)) for i in range(1, 8)}
    x["x4"] = rng.uniform(0.5, 1.5, (n, m)) * rng.choice([-1.0, 1.0], (n, m))   # a divisor
    x["x5"] = rng.uniform(0.5, 2.0, (n, m))                                     # under a log
    return {"graph": "used_twice", **x}
