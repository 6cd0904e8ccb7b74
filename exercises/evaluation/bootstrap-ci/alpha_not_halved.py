import numpy as np


def bootstrap_ci(x, B, alpha, rng):
    x = np.asarray(x, dtype=np.float64)
    n = x.size
    idx = rng.integers(0, n, size=(B, n))          # the only draw: row b indexes resample b
    means = x[idx].mean(axis=1)                    # the statistic of each resample
    lo = np.percentile(means, 100 * alpha)
    hi = np.percentile(means, 100 * (1 - alpha))
    return float(lo), float(hi)
