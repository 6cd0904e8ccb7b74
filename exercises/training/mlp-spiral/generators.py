"""Three interleaved spiral arms in the plane, one per class.

A point of arm k at radius r lies at angle  offset + 2*pi*k/3 + winding*r  (plus a little
angular noise), so every arm turns by `winding` radians (3.5 to 4.5) from the inside out and
the three arms wind around each other: no straight line, and no convex region, follows an
arm. Radii start at 0.1, where the arms are already apart; the angular noise (0.05 to 0.1
radians) is far below the 2.1-radian gap between arms, so the best possible accuracy is
essentially 100% and a well-trained network reaches 0.98 or more.

The held-out labels `_y_test` are private. `pairs` (indices into X_test) are the pairs of
held-out points whose midpoints the driver also classifies (see the convexity check).
"""
import numpy as np

CLASSES = 3


def _arms(rng, n_per_class, winding, offset, noise):
    X, y = [], []
    for k in range(CLASSES):
        r = rng.uniform(0.1, 1.0, n_per_class)
        angle = offset + 2 * np.pi * k / CLASSES + winding * r + rng.normal(0.0, noise, n_per_class)
        X.append(np.column_stack([r * np.cos(angle), r * np.sin(angle)]))
        y.append(np.full(n_per_class, k, dtype=np.int64))
    X, y = np.concatenate(X), np.concatenate(y)
    order = rng.permutation(len(y))                  # classes interleaved, not in blocks
    return X[order], y[order]


def _spiral(rng, n_per_class):
    winding, offset = rng.uniform(3.5, 4.5), rng.uniform(0, 2 * np.pi)
    noise = rng.uniform(0.05, 0.1)
    X, y = _arms(rng, n_per_class, winding, offset, noise)
    X_test, y_test = _arms(rng, 200, winding, offset, noise)
    pairs = rng.integers(0, len(y_test), size=(2000, 2))
    return {"X": X, "y": y, "seed": int(rng.integers(0, 2**31 - 1)),
            "X_test": X_test, "pairs": pairs, "_y_test": y_test}


def example(rng):
    """The public example: the same 300 points on every attempt."""
    return _spiral(np.random.default_rng(11), 100)


def spiral(rng):
    """80 to 120 training points per class, 600 held-out points."""
    return _spiral(rng, int(rng.integers(80, 121)))
