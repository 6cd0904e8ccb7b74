import numpy as np


def permutation_test(x, y, B, rng):
    pooled = np.concatenate([x, y])
    N, nx = pooled.size, x.size
    t = abs(np.mean(x) - np.mean(y))
    c = 0
    for _ in range(B):
        sample = pooled[rng.integers(0, N, N)]
        if abs(sample[:nx].mean() - sample[nx:].mean()) >= t - 1e-9 * (1 + t):
            c += 1
    return (c + 1) / (B + 1)
