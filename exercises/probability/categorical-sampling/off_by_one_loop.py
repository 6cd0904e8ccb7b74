import numpy as np


def sample_categorical(p, n, rng):
    # the loop "for k: c += p[k]; if u < c: append(k + 1)" without a fallback: shifted by one,
    # and a u at or above the rounded total finds no slot and is dropped
    cdf = np.cumsum(p)
    k = np.searchsorted(cdf, rng.random(n), side="right")
    return k[k < len(p)] + 1
