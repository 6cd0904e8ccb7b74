"""Batches for the sanity check, from the grader's own copy of the script's make_batch, and
random networks and batches for the gradient check.

Sanity cases: make_batch(seed) for a hidden seed: X = N(0, 1) (16, 10), y a permutation of
[0, 1, 2, 3] * 4; the learner's overfit_small_batch(X, y, seed) starts from init_params(seed).
Gradient cases: parameters drawn at a larger scale than the initialization (so that every
gradient is far from 0 and the tanh is not linear), batches of 5 points with only two classes
(two of the four classes absent: the planted bug then shifts only those two columns), 16 points
with every class 4 times, 23 points with labels drawn with repetition.
"""
import numpy as np


def make_batch(seed):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((16, 10))
    y = rng.permutation(np.arange(16) % 4)
    return X, y


def _sanity(seed):
    X, y = make_batch(seed)
    return {"X": X, "y": y, "seed": seed}


def example(rng):
    """The public example: the batch and the initialization of seed 0, the demo's."""
    return _sanity(0)


def sanity(rng):
    return _sanity(int(rng.integers(1, 2**31 - 1)))


def _network(rng, X, y):
    return {"W1": rng.standard_normal((10, 64)) / np.sqrt(10), "b1": 0.5 * rng.standard_normal(64),
            "W2": rng.standard_normal((64, 4)) / 2, "b2": 0.5 * rng.standard_normal(4),
            "X": X, "y": y.astype(np.int64)}


def two_classes_absent(rng):
    present = rng.choice(4, size=2, replace=False)
    y = present[np.arange(5) % 2]
    return _network(rng, rng.standard_normal((5, 10)), rng.permutation(y))


def every_class(rng):
    return _network(rng, rng.standard_normal((16, 10)), rng.permutation(np.arange(16) % 4))


def repeated_labels(rng):
    return _network(rng, rng.standard_normal((23, 10)), rng.integers(0, 4, size=23))



def large_scores(rng):
    """Scores in the hundreds but below exp's overflow at 709: each row's four scores lie
    close together around an offset of its own, the largest about 500, the smallest row about
    -300. exp(score) and log(p) are finite, so any correct loss computes them; a shift by the
    row maximum with the wrong sign overflows (exp(1000)), and a shift by the maximum of the
    whole batch underflows every score of the lowest row (exp(-800) = 0)."""
    while True:
        case = _network(rng, rng.standard_normal((12, 10)), rng.integers(0, 4, size=12))
        h = np.tanh(case["X"] @ case["W1"] + case["b1"])
        v = rng.standard_normal(64)
        t = h @ v
        a = 500.0 / t.max()
        if t.max() > 0 and a * t.min() < -300.0:
            case["W2"] = a * v[:, None] + 2.0 * rng.standard_normal((64, 4))
            scores = h @ case["W2"] + case["b2"]
            if np.abs(scores).max() < 650.0:
                return case
