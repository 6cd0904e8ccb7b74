import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    v = np.random.default_rng(1).standard_normal(A.shape[0])
    with np.errstate(over="ignore", invalid="ignore"):       # quiet: overflowing is this mistake's point
        for _ in range(num_iters):
            v = A @ v                          # never rescaled inside the loop: |v| ~ |lambda|^k
        v = v / np.linalg.norm(v)              # rescaled once at the end: inf / inf is NaN by now
        eigenvalue = v @ A @ v
    return float(eigenvalue), v
