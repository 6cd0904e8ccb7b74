import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    v = np.ones(A.shape[0])
    for _ in range(num_iters):
        w = A @ v
        if np.linalg.norm(w - v) < tol:
            break
        v = w
    return float(v @ A @ v / (v @ v)), v
