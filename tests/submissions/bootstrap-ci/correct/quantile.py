import numpy as np


def bootstrap_ci(x, B, alpha, rng):
    n = len(x)
    resamples = np.asarray(x, dtype=float)[rng.integers(0, n, size=(B, n))]
    stats = resamples.sum(axis=1) / n
    return float(np.quantile(stats, alpha / 2)), float(np.quantile(stats, 1 - alpha / 2))
