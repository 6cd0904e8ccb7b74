import numpy as np


def permutation_test(x, y, B, rng):
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    nx = x.size
    pooled = np.concatenate([x, y])                          # x first
    t = x.mean() - y.mean()
    slack = 1e-9 * (1 + abs(t))                              # ties with t count, whatever the rounding
    count = 0
    for _ in range(B):
        perm = rng.integers(0, nx + y.size, nx + y.size)                # the only draw of this permutation
        t_b = pooled[perm[:nx]].mean() - pooled[perm[nx:]].mean()
        if abs(t_b) >= abs(t) - slack:                       # two-sided
            count += 1
    return (1 + count) / (1 + B)
