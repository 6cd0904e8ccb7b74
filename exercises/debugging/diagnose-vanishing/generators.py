"""Two rings in a random plane of 16-dimensional space, for a deep network to separate.

A point is  x = (r cos a, r sin a) @ B^T  with B (16, 2) random orthonormal columns (a new
plane per case), a ~ U(0, 2 pi), and r = 1 + y + 0.2 n, n ~ N(0, 1): class 0 on the ring
of radius 1, class 1 on the ring of radius 2. The classes are not linearly separable (the
boundary is a circle) but a trained network separates them with about 98% held-out
accuracy. 16 inputs for 16 hidden units keep the first weight matrix square like the
others, so a network that preserves the size of its signals has first and last layer
gradients of the same size.

The held-out labels are private; the held-out points are sent (the learner's predict
needs them).
"""
import numpy as np

D = 16


def _rings(rng, n, basis):
    y = rng.integers(0, 2, size=n)
    angle = rng.uniform(0, 2 * np.pi, size=n)
    radius = 1.0 + y + 0.2 * rng.normal(size=n)
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]) @ basis.T, y


def _case(rng, n):
    basis = np.linalg.qr(rng.normal(size=(D, 2)))[0]
    X, y = _rings(rng, n, basis)
    X_test, y_test = _rings(rng, 1000, basis)
    return {"X": X, "y": y.astype(np.int64), "X_test": X_test, "seed": int(rng.integers(0, 2**31 - 1)),
            "_y_test": y_test.astype(np.int64)}


def example(rng):
    """The public example: 200 training points, the same on every attempt."""
    return _case(np.random.default_rng(0), 200)


def rings(rng):
    """150 to 250 training points."""
    return _case(rng, int(rng.integers(150, 251)))
