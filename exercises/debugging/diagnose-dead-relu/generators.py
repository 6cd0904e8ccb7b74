"""Two noisy rings (radius 1 and 2) in the plane, labelled by ring, for a ReLU network.

r = 1 + y + 0.2 n with n ~ N(0, 1), angle uniform: the boundary is a circle, so the
network needs several live hidden units to separate the classes (a trained network of 16
ReLU units gets about 99% held-out accuracy). Training sets have 150 to 250 points, so a
loss summed over the batch makes the steps 150 to 250 times larger than the mean's.
The held-out points and labels are private: the grader runs the network itself.
"""
import numpy as np


def _rings(rng, n):
    y = rng.integers(0, 2, size=n)
    angle = rng.uniform(0, 2 * np.pi, size=n)
    radius = 1.0 + y + 0.2 * rng.normal(size=n)
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]), y.astype(np.int64)


def _case(rng, n):
    X, y = _rings(rng, n)
    X_test, y_test = _rings(rng, 1000)
    return {"X": X, "y": y, "seed": int(rng.integers(0, 2**31 - 1)), "_X_test": X_test, "_y_test": y_test}


def example(rng):
    """The public example: 200 points, the same on every attempt."""
    return _case(np.random.default_rng(0), 200)


def rings(rng):
    return _case(rng, int(rng.integers(150, 251)))
