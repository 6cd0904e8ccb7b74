import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    v = np.full(A.shape[0], 1.0)
    v = v / np.sqrt(np.sum(v ** 2))
    for _ in range(num_iters):
        Av = A @ v
        v_new = Av / np.linalg.norm(Av)
        done = np.linalg.norm(v_new - v) < tol
        v = v_new
        if done:
            break
    return float(np.linalg.norm(A @ v)), v
