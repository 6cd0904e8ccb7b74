# No guard on the cumulative sum: when it rounds to just below 1 (ten 0.1s sum to 1 - 2**-53),
# a u at or above it lands past the last category. Random u almost never gets there.
# expect: not category indices
# expect: the first two draws at the ends
import numpy as np


def sample_categorical(p, n, rng):
    cdf = np.cumsum(p)
    return np.searchsorted(cdf, rng.random(n), side="right")
