import numpy as np


def sample_categorical(p, n, rng):
    cdf = np.cumsum(p)                     # cdf[k] = p[0] + ... + p[k], the right end of slot k
    cdf[-1] = 1.0                          # guard against rounding: u < 1 always lands in a slot
    u = rng.random(n)                      # n uniform numbers in [0, 1)
    # u falls in slot k when cdf[k-1] <= u < cdf[k]: k = the number of right ends <= u
    return np.searchsorted(cdf, u, side="right")
