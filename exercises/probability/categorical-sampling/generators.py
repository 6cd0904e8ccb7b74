"""Hidden distributions for the sampler. Every category with p > 0 has an expected count
n p_k >= 100, so the chi-square approximation in support.py is accurate (see there)."""
import numpy as np


def _case(rng, p):
    n = int(rng.integers(5000, 10001))
    return {"p": p, "n": n, "seed": int(rng.integers(0, 2**31 - 1))}


def random_distribution(rng):
    """K = 3..8 categories of uneven sizes, each at least 0.025."""
    k = int(rng.integers(3, 9))
    w = rng.uniform(0.2, 1.0, size=k)
    return _case(rng, w / w.sum())


def with_zero_category(rng):
    """A category of probability 0 somewhere in the middle: it must never be drawn."""
    k = int(rng.integers(4, 9))
    w = rng.uniform(0.2, 1.0, size=k)
    w[int(rng.integers(1, k - 1))] = 0.0
    return _case(rng, w / w.sum())


def one_dominant(rng):
    """One category takes 80-88% of the mass: a skewed distribution, as real classifiers give."""
    k = int(rng.integers(3, 6))
    big = rng.uniform(0.8, 0.88)
    rest = rng.uniform(0.7, 1.0, size=k - 1)
    rest = (1.0 - big) * rest / rest.sum()
    p = np.insert(rest, int(rng.integers(0, k)), big)
    return _case(rng, p)


def coin(rng):
    """Two categories: a biased coin."""
    head = rng.uniform(0.1, 0.9)
    return _case(rng, np.array([head, 1.0 - head]))
