import numpy as np


def sample_categorical(p, n, rng):
    gen = np.random.default_rng()
    u = gen.random(n)
    return np.searchsorted(np.cumsum(p), u, side="right")
