import numpy as np


def sample_categorical(p, n, rng):
    cdf = np.cumsum(p)
    v = 1.0 - rng.random(n)             # uniform in (0, 1]
    idx = np.searchsorted(cdf, v, side="left")
    return np.minimum(idx, len(p) - 1).astype(np.int32)
