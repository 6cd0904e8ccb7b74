# A learner draws one extra coin flip "to break ties" after the resamples: the generator is
# left elsewhere than the contract's single draw leaves it. PCG64 can serve such a small draw
# from a 32-bit word it keeps, leaving its 128-bit state as it was: only the whole state shows it.
# expect: draws only rng.integers(0, n, size=(B, n))
import numpy as np


def bootstrap_ci(x, B, alpha, rng):
    n = len(x)
    idx = rng.integers(0, n, size=(B, n))
    means = x[idx].mean(axis=1)
    if rng.integers(0, 2):                  # the stray draw
        means = means + 0.0
    return float(np.percentile(means, 100 * alpha / 2)), float(np.percentile(means, 100 * (1 - alpha / 2)))
