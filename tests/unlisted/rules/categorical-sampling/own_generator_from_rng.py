# expect: not the slot of the uniform number
# makes a generator of its own, seeded from rng (np.random.default_rng(rng.integers(2**32))), 
# forbidden by the statement
import numpy as np


def sample_categorical(p, n, rng):
    mine = np.random.default_rng(int(rng.integers(2**32)))
    u = mine.random(n)
    return np.searchsorted(np.cumsum(p), u, side="right")
