"""The spiral of a hidden seed s, from the grader's own copy of the script's make_data, stored
as the script stores it (sorted by label), and 600 fresh test points make_data(s + 1000),
whose labels are private."""
import numpy as np


def make_data(seed, n_per_class=200):
    rng = np.random.default_rng(seed)
    Xs, ys = [], []
    for c in range(3):
        r = np.linspace(0.1, 1.0, n_per_class)
        t = 2 * np.pi * c / 3 + 3 * r + 0.15 * rng.standard_normal(n_per_class)
        Xs.append(np.column_stack([r * np.cos(t), r * np.sin(t)]))
        ys.append(np.full(n_per_class, c))
    return np.concatenate(Xs), np.concatenate(ys)


def _case(seed):
    X, y = make_data(seed)
    X_test, y_test = make_data(seed + 1000)
    return {"X": X, "y": y, "seed": seed, "X_test": X_test, "_y_test": y_test}


def example(rng):
    """The public example: seed 0, the demo's."""
    return _case(0)


def hidden_seed(rng):
    return _case(int(rng.integers(1, 2**31 - 1001)))
