import numpy as np


def max_stable_learning_rate(H, iters=5000, tol=1e-13):
    v = np.ones(H.shape[0]) + np.random.default_rng(0).normal(0, 0.1, H.shape[0])
    v /= np.linalg.norm(v)
    lam = 0.0
    for _ in range(iters):
        w = H @ v
        new_lam = float(v @ w)
        v = w / np.linalg.norm(w)
        if abs(new_lam - lam) <= tol * abs(new_lam):
            lam = new_lam
            break
        lam = new_lam
    return 2 / lam
