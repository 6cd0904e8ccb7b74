import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    v = np.random.default_rng(3).standard_normal(len(A))
    v = v / np.linalg.norm(v)
    previous = 0.0
    for i in range(num_iters):
        Av = A @ v
        current = v @ Av
        if abs(current - previous) < tol:
            return current, Av          # A v is lambda v: right direction, length |lambda|
        previous = current
        v = Av / np.linalg.norm(Av)
    return current, Av
