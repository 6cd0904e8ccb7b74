import numpy as np


def permutation_test(x, y, B, rng):
    nx, ny = len(x), len(y)
    pooled = np.concatenate([x, y])
    observed = abs(np.sum(x) / nx - np.sum(y) / ny)
    perms = np.array([rng.permutation(nx + ny) for _ in range(B)]).reshape(B, nx + ny)
    shuffled = pooled[perms]
    diffs = shuffled[:, :nx].sum(axis=1) / nx - shuffled[:, nx:].sum(axis=1) / ny
    extreme = np.abs(diffs) >= observed - 1e-9 * (1 + observed)
    return (extreme.sum() + 1) / (B + 1)
