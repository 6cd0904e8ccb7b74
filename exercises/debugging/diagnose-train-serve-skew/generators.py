"""Sensor readings from the grader's own copy of the script's make_data, for a seed s:
training set make_data(s, 1000), requests make_data(s + 1, 300) (their labels are private),
three batches of 40 requests of one class each (make_data(s + 2, ...) sorted by class), and
the same training set and requests in other units (each feature x -> u x + v, with u and v
drawn per case), on which training statistics standardize to the same features while any
fixed constants do not."""
import numpy as np

CENTERS = np.array([[2.0, 0.0, 0.0, 0.5], [-1.0, 1.7, 0.0, -0.5], [-1.0, -1.7, 0.5, 0.0]])
OFFSETS = np.array([1500.0, -2.0, 30.0, 0.0])
SCALES = np.array([200.0, 0.05, 3.0, 40.0])


def make_data(seed, n):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    Z = CENTERS[y] + rng.standard_normal((n, 4))
    return OFFSETS + SCALES * Z, y


def _one_class_batches(seed):
    X, y = make_data(seed, 400)
    return np.stack([X[y == c][:40] for c in range(3)])


def _case(seed, units):
    X, y = make_data(seed, 1000)
    requests, labels = make_data(seed + 1, 300)
    u = np.exp(units.uniform(np.log(0.01), np.log(100.0), size=4))
    v = units.uniform(-1000.0, 1000.0, size=4)
    return {"X": X, "y": y, "seed": seed, "requests": requests,
            "one_class": _one_class_batches(seed + 2),
            "X_other_units": u * X + v, "requests_other_units": u * requests + v,
            "_labels": labels}


def example(rng):
    """The public example: seed 0, the demo's."""
    return _case(0, np.random.default_rng(0))


def hidden_seed(rng):
    return _case(int(rng.integers(1, 2**31 - 3)), rng)
