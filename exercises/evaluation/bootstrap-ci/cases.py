"""Hidden cases of bootstrap_ci: data of several sizes and spreads, several alphas, and the
edges B = 1 and n = 2. Each case carries the seed of its generator."""
import numpy as np


def _seed(rng):
    return int(rng.integers(0, 2**31 - 1))


def _case(rng, n, B, alpha):
    x = rng.normal(float(rng.uniform(-5, 5)), float(rng.uniform(0.5, 3.0)), n)
    return {"x": x, "B": B, "alpha": alpha, "seed": _seed(rng)}


def typical(rng):
    return _case(rng, int(rng.integers(10, 60)), int(rng.integers(100, 500)),
                 float(rng.choice([0.05, 0.1, 0.2, 0.32])))


def odd_alpha(rng):
    """alpha whose percentiles fall between order statistics: 'linear' interpolates."""
    return _case(rng, int(rng.integers(5, 30)), int(rng.integers(11, 60)), float(rng.uniform(0.03, 0.6)))


def two_points(rng):
    return _case(rng, 2, int(rng.integers(20, 80)), 0.1)


def one_resample(rng):
    """B = 1: both percentiles are the single resample mean."""
    return _case(rng, int(rng.integers(5, 20)), 1, 0.1)


def strided(rng):
    case = _case(rng, int(rng.integers(10, 40)), int(rng.integers(50, 200)), 0.1)
    wide = np.zeros(2 * case["x"].size)
    wide[::2] = case["x"]
    case["x"] = wide[::2]
    return case


def coverage(rng):
    """300 data sets of 40 samples from N(mu, 1), B = 400, alpha = 0.1 (see checks.py)."""
    mu = float(rng.uniform(-3, 3))
    return {"x": np.full(40, mu), "B": 400, "alpha": 0.1, "seed": _seed(rng), "coverage_sets": 300}
