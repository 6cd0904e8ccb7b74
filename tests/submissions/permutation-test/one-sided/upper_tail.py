import numpy as np


def permutation_test(x, y, B, rng):
    pooled = np.concatenate([x, y])
    nx = x.size
    t_obs = x.mean() - y.mean()
    count = 0
    for b in range(B):
        idx = rng.permutation(pooled.size)
        t_perm = pooled[idx[:nx]].mean() - pooled[idx[nx:]].mean()
        count += t_perm >= t_obs - 1e-9 * (1 + abs(t_obs))
    return (count + 1) / (B + 1)
