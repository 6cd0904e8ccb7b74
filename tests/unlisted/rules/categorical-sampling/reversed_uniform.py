# expect: not the slot of the uniform number
# Right in distribution, but each draw is the slot of 1 - u, not of u: once a correct
# solution, outside the contract since the statement asks for the slot of each u itself.
import numpy as np


def sample_categorical(p, n, rng):
    cdf = np.cumsum(p)
    v = 1.0 - rng.random(n)             # uniform in (0, 1]
    idx = np.searchsorted(cdf, v, side="left")
    return np.minimum(idx, len(p) - 1).astype(np.int32)
