"""Hidden cases of k-fold splits: mostly n not divisible by k, so that the n % k leftover
indices must land in the first folds (np.array_split), and a few edge cases."""
import numpy as np


def _seed(rng):
    return int(rng.integers(0, 2**31 - 1))


def uneven(rng):
    while True:
        n, k = int(rng.integers(7, 60)), int(rng.integers(3, 11))
        if k < n and n % k != 0:
            return {"n": n, "k": k, "seed": _seed(rng)}


def even(rng):
    k = int(rng.integers(3, 8))
    return {"n": k * int(rng.integers(2, 7)), "k": k, "seed": _seed(rng)}


def two_folds_odd(rng):
    return {"n": 2 * int(rng.integers(4, 20)) + 1, "k": 2, "seed": _seed(rng)}


def leave_one_out(rng):
    n = int(rng.integers(4, 12))
    return {"n": n, "k": n, "seed": _seed(rng)}


def almost_leave_one_out(rng):
    n = int(rng.integers(6, 14))
    return {"n": n, "k": n - 1, "seed": _seed(rng)}       # one fold of two, the rest of one
