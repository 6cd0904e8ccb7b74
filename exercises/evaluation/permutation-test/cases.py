"""Hidden cases of permutation_test: real-valued groups, small integer-valued groups with many
exact ties (where the 1e-9 slack decides which permutations count), a real difference (small
p), t < 0, and the smallest groups. Each case carries the seed of its generator."""
import numpy as np


def _seed(rng):
    return int(rng.integers(0, 2**31 - 1))


def real_valued(rng):
    nx, ny = int(rng.integers(5, 30)), int(rng.integers(5, 30))
    shift = float(rng.uniform(-0.8, 0.8))
    return {"x": rng.normal(shift, 1.0, nx), "y": rng.normal(0.0, 1.0, ny),
            "B": int(rng.integers(100, 400)), "seed": _seed(rng)}


def integer_ties(rng):
    """Small integer values: many permutations reproduce |t| exactly, up to rounding."""
    nx, ny = int(rng.integers(4, 12)), int(rng.integers(4, 12))
    return {"x": rng.integers(0, 4, nx).astype(np.float64), "y": rng.integers(0, 4, ny).astype(np.float64),
            "B": int(rng.integers(200, 500)), "seed": _seed(rng)}


def negative_difference(rng):
    """mean(x) < mean(y): a one-sided count misses the whole lower tail."""
    nx, ny = int(rng.integers(6, 20)), int(rng.integers(6, 20))
    return {"x": np.round(rng.normal(-1.0, 1.5, nx)), "y": np.round(rng.normal(0.0, 1.5, ny)),
            "B": int(rng.integers(100, 300)), "seed": _seed(rng)}


def clear_difference(rng):
    """A large effect: count is 0, so the p-value is exactly 1 / (B + 1)."""
    nx, ny = int(rng.integers(8, 15)), int(rng.integers(8, 15))
    return {"x": rng.normal(4.0, 1.0, nx), "y": rng.normal(0.0, 1.0, ny), "B": int(rng.integers(50, 150)),
            "seed": _seed(rng)}


def smallest_groups(rng):
    return {"x": rng.integers(-100, 101, 2).astype(np.float64), "y": rng.integers(-100, 101, 2).astype(np.float64),
            "B": int(rng.integers(20, 60)), "seed": _seed(rng)}


def against_enumeration(rng):
    """Groups small enough to enumerate every split (C(12, 6) = 924 at most), B = 2000."""
    nx, ny = int(rng.integers(3, 7)), int(rng.integers(3, 7))
    return {"x": rng.integers(0, 6, nx).astype(np.float64) + 1.0, "y": rng.integers(0, 6, ny).astype(np.float64),
            "B": 2000, "seed": _seed(rng)}


def under_the_null(rng):
    """200 data sets of two groups from one (rounded normal) distribution, B = 99."""
    nx, ny = int(rng.integers(5, 12)), int(rng.integers(5, 12))
    center = float(rng.uniform(-20, 20))
    return {"x": np.full(nx, center), "y": np.full(ny, center), "B": 99, "seed": _seed(rng), "null_sets": 200}


def tenths(rng):
    """Values in tenths (0.1, 0.7, ...): many splits reach |t| exactly in real arithmetic, but
    their float sums round differently from the observed one; the slack must count them."""
    nx, ny = int(rng.integers(6, 12)), int(rng.integers(6, 12))
    return {"x": rng.integers(1, 4, nx) / 10.0, "y": rng.integers(1, 4, ny) / 10.0,
            "B": int(rng.integers(200, 400)), "seed": _seed(rng)}
