"""Hidden cases of stratified_kfold. Each case carries the seed of its generator.

Every seed meets: labels that are not 0..C-1 (negative, large, listed out of order, so that
sorted order differs from order of first appearance), a class with fewer than k members, k = n,
k = 2, n not a multiple of k, many small classes (where a dealer reset per class overfills
the first folds), one large imbalanced set (where one shuffle of all indices is visibly not
stratified), a single class, and a strided y.
"""
import numpy as np


def _seed(rng):
    return int(rng.integers(0, 2**31 - 1))


def _labels(rng, sizes, values):
    """y holding sizes[c] copies of values[c], shuffled so the first appearances are in random order."""
    y = np.repeat(np.asarray(values, dtype=np.int64), sizes)
    return rng.permutation(y)


def _odd_sizes(rng, count, low, high, k):
    """Class sizes in [low, high] whose total is not a multiple of k and whose first size is not."""
    while True:
        sizes = rng.integers(low, high + 1, count)
        if sizes.sum() % k and sizes[0] % k and sizes.sum() >= k:
            return sizes


def _strange_values(rng, count):
    """Distinct labels with negatives and very large values, in no particular order."""
    pool = np.array([-7, -1, 3, 12, 40, 1000, -250, 2**40, -(2**33), 999_999_937])
    return rng.permutation(pool)[:count]


def strange_labels(rng):
    k = int(rng.integers(3, 6))
    values = _strange_values(rng, int(rng.integers(3, 6)))
    sizes = _odd_sizes(rng, values.size, k + 1, 3 * k + 2, k)
    return {"y": _labels(rng, sizes, values), "k": k, "seed": _seed(rng)}


def tiny_class(rng):
    """One class (not the first in label order) with fewer than k members: absent from some folds."""
    k = int(rng.integers(4, 7))
    values = np.sort(_strange_values(rng, 3))
    sizes = _odd_sizes(rng, 3, k + 2, 3 * k, k)
    sizes[1] = int(rng.integers(1, k))
    return {"y": _labels(rng, sizes, values), "k": k, "seed": _seed(rng)}


def k_equals_n(rng):
    """k = n: every fold validates on one index (leave-one-out, in the dealt order)."""
    values = _strange_values(rng, 3)
    sizes = rng.integers(2, 5, 3)
    y = _labels(rng, sizes, values)
    return {"y": y, "k": int(y.size), "seed": _seed(rng)}


def two_folds(rng):
    values = _strange_values(rng, int(rng.integers(2, 4)))
    sizes = _odd_sizes(rng, values.size, 3, 15, 2)
    return {"y": _labels(rng, sizes, values), "k": 2, "seed": _seed(rng)}


def many_small_classes(rng):
    """Eight classes of one to k - 1 members: without the carried dealer the first folds get them all."""
    k = int(rng.integers(4, 7))
    values = np.arange(8) * 3 - 10
    sizes = _odd_sizes(rng, 8, 1, k - 1, k)
    return {"y": _labels(rng, sizes, values), "k": k, "seed": _seed(rng)}


def imbalanced(rng):
    """A few hundred samples, one rare class: a plain shuffle splits the classes unevenly."""
    k = int(rng.integers(4, 8))
    sizes = np.array([int(rng.integers(150, 300)), int(rng.integers(60, 120)), int(rng.integers(k + 1, 2 * k))])
    values = np.array([5, -2, 17])
    return {"y": _labels(rng, sizes, values), "k": k, "seed": _seed(rng)}


def single_class(rng):
    k = int(rng.integers(2, 6))
    n = int(rng.integers(k + 1, 4 * k))
    return {"y": np.full(n, int(rng.integers(-50, 50)), dtype=np.int64), "k": k, "seed": _seed(rng)}


def strided(rng):
    case = strange_labels(rng)
    wide = np.zeros(2 * case["y"].size, dtype=np.int64)
    wide[::2] = case["y"]
    case["y"] = wide[::2]
    return case
