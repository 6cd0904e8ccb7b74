import numpy as np


def sample_categorical(p, n, rng):
    # Only the K-1 inner boundaries matter; leaving out the last cumulative sum
    # also keeps a u above a rounded-down total inside 0..K-1.
    inner = np.cumsum(p)[:-1]
    u = rng.random(n)
    return np.searchsorted(inner, u, side="right").astype(np.int64)
