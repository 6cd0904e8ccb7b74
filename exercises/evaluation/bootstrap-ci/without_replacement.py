import numpy as np


def bootstrap_ci(x, B, alpha, rng):
    x = np.asarray(x, dtype=np.float64)
    n = x.size
    idx = rng.permuted(np.tile(np.arange(n), (B, 1)), axis=1)        # the only draw: row b indexes resample b
    means = x[idx].mean(axis=1)                    # the statistic of each resample
    lo = np.percentile(means, 100 * alpha / 2)
    hi = np.percentile(means, 100 * (1 - alpha / 2))
    return float(lo), float(hi)
