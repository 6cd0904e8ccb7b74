import numpy as np


def sample_categorical(p, n, rng):
    cdf = np.cumsum(p)
    u = np.random.random(n)                          # NumPy's global generator, not rng
    return np.searchsorted(cdf, u, side="right")
