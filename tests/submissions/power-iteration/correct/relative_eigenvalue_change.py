import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    n = A.shape[0]
    v = np.random.rand(n) - 0.5                 # unseeded: any random start works
    v /= np.linalg.norm(v)
    lam = float(v @ (A @ v))
    for _ in range(num_iters):
        Av = A @ v
        v = Av / np.sqrt(Av @ Av)
        new_lam = float(v @ (A @ v))
        if abs(new_lam - lam) <= tol * max(1.0, abs(new_lam)):
            return new_lam, v
        lam = new_lam
    return lam, v
