"""Regression data a small tanh network can fit only if its first layer learns.

y = sin(a x1 + p) cos(c x2 + q) + 0.05 n, x uniform in [-2, 2]^2, with a, c in [1.7, 2.3]
and [1.3, 1.7] and random phases p, q (a new surface per case), n ~ N(0, 1). With 12
hidden tanh units and 1000 momentum steps, the full network reaches a training mean
squared error of about 0.004 to 0.012 (the noise alone is 0.0025); with W1 frozen at its
random initialization, the 12 fixed features leave it between 0.015 and 0.15. The second
target y_other (another surface on the same X) shows whether the parameters come from the data.
"""
import numpy as np


def _surface(rng, X):
    a, c = rng.uniform(1.7, 2.3), rng.uniform(1.3, 1.7)
    p, q = rng.uniform(-0.5, 0.5, size=2)
    return np.sin(a * X[:, 0] + p) * np.cos(c * X[:, 1] + q) + 0.05 * rng.normal(size=len(X))


def _case(rng, n):
    X = rng.uniform(-2.0, 2.0, size=(n, 2))
    return {"X": X, "y": _surface(rng, X), "y_other": _surface(rng, X), "seed": int(rng.integers(0, 2**31 - 1))}


def example(rng):
    """The public example: 200 points, the same on every attempt."""
    return _case(np.random.default_rng(4), 200)


def bumps(rng):
    return _case(rng, int(rng.integers(150, 251)))
