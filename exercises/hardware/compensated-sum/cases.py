"""float32 vectors for compensated_sum, built so that plain float32 accumulation fails.

The grade allows an error of 3·eps32·Σ|x|. Plain accumulation in index order has no such
bound: each addition may lose up to half a unit in the last place (ulp) of the running
sum, and when the terms are much smaller than the sum those losses all go the same way.
The groups below make that happen on purpose:

* one large value, then many small ones (each below half an ulp of the large one, so a
  plain sum never moves),
* one large value, then many EQUAL increments (a clock t += dt): plain summation and a
  compensation with the wrong sign both fail by hundreds of times the bound, whatever
  the seed,
* a large value and its negative far apart among ordinary values (cancellation: the
  ordinary values added in between lose their low bits),
* a long vector of positive values (the running sum grows, so later terms lose bits).

Large values have a mantissa in [1.05, 1.85] so that the increments never carry the sum
into the next binade, where the spacing of float32 numbers doubles.
"""
import numpy as np

F32 = np.float32


def _large(rng, low_exp, high_exp):
    return F32(rng.uniform(1.05, 1.85) * 2.0 ** int(rng.integers(low_exp, high_exp + 1)))


def _maybe_strided(x, rng):
    """Half the time a view of every other element of a larger array (non-contiguous)."""
    if rng.random() < 0.5:
        return x
    wide = np.zeros(2 * x.size, dtype=F32)
    wide[::2] = x
    return wide[::2]


def ordinary(rng):
    n = int(rng.integers(200, 3001))
    x = rng.normal(0.0, 10.0 ** rng.uniform(-2, 3), size=n).astype(F32)
    return {"x": _maybe_strided(x, rng)}


def large_then_small(rng):
    big = _large(rng, 7, 20)
    n = int(rng.integers(3000, 12001))
    small = rng.uniform(0.05, 0.45, size=n) * float(np.spacing(big))
    return {"x": _maybe_strided(np.concatenate([[big], small]).astype(F32), rng)}


def equal_increments(rng):
    big = _large(rng, 7, 20)
    n = int(rng.integers(2000, 8001))
    fraction = rng.uniform(0.1, 0.4) if rng.random() < 0.5 else rng.uniform(0.6, 0.9)
    step = fraction * float(np.spacing(big))
    return {"x": np.concatenate([[big], np.full(n, step)]).astype(F32)}


def cancelling_pair(rng):
    n = int(rng.integers(5000, 15001))
    x = rng.normal(0.0, 1.0, size=n)
    first, second = sorted(int(i) for i in rng.choice(n, size=2, replace=False))
    big = 10.0 ** rng.uniform(5, 7)
    x[first], x[second] = big, -big
    return {"x": _maybe_strided(x.astype(F32), rng)}


def long_positive(rng):
    n = int(rng.integers(100_000, 200_001))
    return {"x": rng.random(n).astype(F32)}
