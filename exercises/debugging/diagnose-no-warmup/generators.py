"""The data and the seed of each case, from the grader's own copy of the script's make_data:
X = N(0, 1) (256, 8), w = N(0, 1) (8,), y = sin(2 X w / sqrt(8)), drawn with
make_data(seed + 100); the network starts from init_params(8, seed)."""
import numpy as np


def make_data(seed, n=256, d=8):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, d))
    w = rng.standard_normal(d)
    return X, np.sin(2.0 * X @ w / np.sqrt(d))


def _case(seed):
    X, y = make_data(seed + 100)
    return {"X": X, "y": y, "seed": seed}


def example(rng):
    """The public example: seed 0, the demo's."""
    return _case(0)


def hidden_seed(rng):
    return _case(int(rng.integers(1, 2**31 - 101)))
