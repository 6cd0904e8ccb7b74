"""A disc inside a ring: class 0 within radius 1, class 1 between radii 1.6 and 2.5
(everything times a scale of 0.5 to 2, around a center near the origin).

No straight line, and no function of a single projection w . x, separates a disc from the
ring around it: a network whose hidden units are all identical computes exactly such a
function, so it cannot get far above the 60% of the larger class. With broken symmetry a
16-unit tanh network separates the two perfectly (there is a gap of 0.6 scales between
them). The class sizes always differ (35-45% or 55-65% of the points in class 0), so that
swapping the labels changes even what a symmetric network learns (its output bias).

`probe` asks the driver to train a second time on the swapped labels 1 - y. The held-out
labels are private.
"""
import numpy as np


def _points(rng, n0, n1, scale, center):
    radius = np.concatenate([np.sqrt(rng.uniform(0, 1, n0)), rng.uniform(1.6, 2.5, n1)])
    angle = rng.uniform(0, 2 * np.pi, n0 + n1)
    X = center + scale * np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    y = np.concatenate([np.zeros(n0, np.int64), np.ones(n1, np.int64)])
    order = rng.permutation(n0 + n1)
    return X[order], y[order]


def _rings(rng, n, probe):
    share = rng.uniform(0.35, 0.45) if rng.random() < 0.5 else rng.uniform(0.55, 0.65)
    n0 = int(round(share * n))
    scale, center = rng.uniform(0.5, 2.0), rng.uniform(-0.5, 0.5, size=2)
    X, y = _points(rng, n0, n - n0, scale, center)
    X_test, y_test = _points(rng, 400, 600, scale, center)
    return {"X": X, "y": y, "seed": int(rng.integers(0, 2**31 - 1)), "probe": probe,
            "_X_test": X_test, "_y_test": y_test}


def example(rng):
    """The public example: 200 points, the same on every attempt."""
    return _rings(np.random.default_rng(1), 200, False)


def rings(rng):
    """150 to 250 training points, 1000 held-out points."""
    return _rings(rng, int(rng.integers(150, 251)), False)


def rings_probed(rng):
    """The same, and the driver also trains on the swapped labels."""
    return _rings(rng, int(rng.integers(150, 251)), True)
