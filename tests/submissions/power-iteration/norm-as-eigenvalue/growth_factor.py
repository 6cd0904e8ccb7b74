import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    rng = np.random.default_rng()
    v = rng.standard_normal(A.shape[0])
    v /= np.linalg.norm(v)
    growth = 0.0
    for _ in range(num_iters):
        w = A @ v
        new_growth = np.sqrt(w @ w)           # how much A stretched the unit vector v
        v = w / new_growth
        if abs(new_growth - growth) < tol:
            growth = new_growth
            break
        growth = new_growth
    return growth, v
