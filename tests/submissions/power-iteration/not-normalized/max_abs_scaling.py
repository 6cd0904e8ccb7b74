import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    v = np.random.default_rng(7).standard_normal(A.shape[0])
    lam_old = np.inf
    for _ in range(num_iters):
        w = A @ v
        v = w / np.max(np.abs(w))            # keeps numbers in range, but the largest entry is 1, not the length
        lam = (v @ A @ v) / (v @ v)
        if abs(lam - lam_old) < tol:
            break
        lam_old = lam
    return float(lam), v
