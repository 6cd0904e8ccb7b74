# expect: not the slot of the uniform number
# draws from the global np.random (seeded with 0) instead of rng; same output for any rng, and 
# it resets the global random state
import numpy as np


def sample_categorical(p, n, rng):
    np.random.seed(0)
    u = np.random.random(n)
    return np.searchsorted(np.cumsum(p), u, side="right")
