import numpy as np


def sample_categorical(p, n, rng):
    starts = np.cumsum(p) - p           # left end of every slot: 0, p0, p0 + p1, ...
    u = rng.random(n)
    return np.searchsorted(starts, u, side="right")
