"""XOR data: the label is 1 where x1 and x2 have the same sign, 0 where they differ.

Each coordinate is drawn with a random sign and a magnitude between 10% and 100% of its own
scale (0.5 to 3, different for x1 and x2), so every point keeps a margin from both axes and
the labels are noise-free: the right features separate the classes perfectly. Both label
arrays are private: the learner's `features` never sees a label.
"""
import numpy as np


def _points(rng, n, scales):
    magnitude = rng.uniform(0.1, 1.0, size=(n, 2)) * scales
    X = magnitude * rng.choice([-1.0, 1.0], size=(n, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(np.int64)
    return X, y


def _xor(rng, n_train, scales):
    X, y = _points(rng, n_train, scales)
    X_test, y_test = _points(rng, 1000, scales)
    return {"X": X, "X_test": X_test, "_y": y, "_y_test": y_test}


def example(rng):
    """The public example: 200 points in the square [-1, 1]^2, the same on every attempt."""
    return _xor(np.random.default_rng(5), 200, np.array([1.0, 1.0]))


def xor(rng):
    """100 to 300 training points; each coordinate with its own scale."""
    return _xor(rng, int(rng.integers(100, 301)), rng.uniform(0.5, 3.0, size=2))
