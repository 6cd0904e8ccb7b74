# expect: not the slot of the uniform number
# systematic resampling, u = (rng.random() + arange(n)) / n: ONE random number, draws are not 
# independent (and come out sorted)
import numpy as np


def sample_categorical(p, n, rng):
    u = (rng.random() + np.arange(n)) / n
    return np.searchsorted(np.cumsum(p), u, side="right")
