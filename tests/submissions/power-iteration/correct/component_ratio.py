import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    """Eigenvalue from the ratio of the largest component of A v to that of v."""
    rng = np.random.default_rng(12345)
    v = rng.normal(size=len(A))
    v = v / np.linalg.norm(v)
    estimate = None
    for _ in range(num_iters):
        w = A @ v
        i = int(np.argmax(np.abs(v)))
        ratio = w[i] / v[i]
        v = w / np.linalg.norm(w)
        if estimate is not None and abs(ratio - estimate) < tol:
            break
        estimate = ratio
    return float(v @ A @ v), v
