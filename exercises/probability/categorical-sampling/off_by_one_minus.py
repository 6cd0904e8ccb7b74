import numpy as np


def sample_categorical(p, n, rng):
    cdf = np.cumsum(p)
    u = rng.random(n)
    return np.searchsorted(cdf, u) - 1               # "index of the slot before": category - 1
