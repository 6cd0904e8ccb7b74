import numpy as np


def permutation_test(x, y, B, rng):
    """Two-sided permutation test of a difference in means, by Monte Carlo.

    x: float array (nx,), y: float array (ny,), nx, ny >= 2.  B: the number of permutations.
    rng: a np.random.Generator; draw perm = rng.permutation(nx + ny) once per permutation, in
    order, and nothing else.  t = mean(x) - mean(y); pooled = np.concatenate([x, y]);
    t_b = mean(pooled[perm[:nx]]) - mean(pooled[perm[nx:]]).  A permutation counts when
    |t_b| >= |t| - 1e-9 * (1 + |t|).  Returns p = (1 + count) / (1 + B), a float.
    """
    raise NotImplementedError("permutation_test: shuffle the pooled sample B times, count the extreme ones")
