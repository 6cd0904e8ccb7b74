import numpy as np


def bootstrap_ci(x, B, alpha, rng):
    n = len(x)
    means = np.empty(B)
    for b in range(B):
        means[b] = np.mean(x[rng.permutation(n)])
    return float(np.percentile(means, 50 * alpha)), float(np.percentile(means, 100 - 50 * alpha))
