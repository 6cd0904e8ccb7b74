import numpy as np


def sample_categorical(p, n, rng):
    cdf = np.cumsum(p)
    u = rng.random(size=n)
    # the category is the number of cumulative sums that u has passed
    return np.sum(u[:, None] >= cdf[None, :-1], axis=1)
