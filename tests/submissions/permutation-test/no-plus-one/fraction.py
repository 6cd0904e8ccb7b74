import numpy as np


def permutation_test(x, y, B, rng):
    pooled = np.concatenate([x, y])
    n = len(x)
    t = abs(x.mean() - y.mean())
    extreme = 0
    for _ in range(B):
        p = pooled[rng.permutation(len(pooled))]
        if abs(p[:n].mean() - p[n:].mean()) >= t - 1e-9 * (1 + t):
            extreme += 1
    return extreme / B
