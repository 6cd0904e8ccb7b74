import numpy as np


def _linear_percentile(sorted_vals, q):
    h = (len(sorted_vals) - 1) * q / 100.0
    low = int(np.floor(h))
    high = min(low + 1, len(sorted_vals) - 1)
    return sorted_vals[low] + (h - low) * (sorted_vals[high] - sorted_vals[low])


def bootstrap_ci(x, B, alpha, rng):
    x = np.array(x, dtype=np.float64)
    n = x.shape[0]
    draws = rng.integers(0, n, size=(B, n))
    means = np.array([x[row].mean() for row in draws])
    means.sort()
    return (float(_linear_percentile(means, 100 * alpha / 2)),
            float(_linear_percentile(means, 100 * (1 - alpha / 2))))
