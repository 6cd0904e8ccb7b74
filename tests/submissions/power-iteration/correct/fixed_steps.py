import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    # no early stop at all: num_iters steps always converge here
    v = np.linspace(1.0, 2.0, A.shape[0])
    for _ in range(num_iters):
        v = np.matmul(A, v)
        v /= np.linalg.norm(v)
    return float(np.sum(v * np.matmul(A, v))), v
