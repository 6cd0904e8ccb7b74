import numpy as np


def bootstrap_ci(x, B, alpha, rng):
    n = x.size
    boot = x[rng.integers(0, n, size=(B, n))].mean(axis=1)
    return float(np.percentile(boot, alpha / 2)), float(np.percentile(boot, 1 - alpha / 2))
