import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    v = np.random.default_rng(0).standard_normal(A.shape[0])    # a random start: almost surely
    v = v / np.linalg.norm(v)                                    # not orthogonal to the answer
    eigenvalue = v @ A @ v
    for _ in range(num_iters):
        w = A @ v                                 # one step: multiply ...
        v_next = w / np.linalg.norm(w)            # ... and rescale to unit length
        eigenvalue = v_next @ A @ v_next          # Rayleigh quotient (v_next has unit length)
        # stop when the direction no longer moves; it may flip sign each step if eigenvalue < 0
        change = min(np.linalg.norm(v_next - v), np.linalg.norm(v_next + v))
        v = v_next
        if change < tol:
            break
    return float(eigenvalue), v
