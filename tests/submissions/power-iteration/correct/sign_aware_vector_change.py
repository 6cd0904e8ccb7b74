import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    x = np.ones(A.shape[0]) / np.sqrt(A.shape[0])      # the all-ones start
    k = 0
    while k < num_iters:
        y = A.dot(x)
        y = y / np.linalg.norm(y)
        if y.dot(x) < 0:                                # align signs before comparing
            y_aligned = -y
        else:
            y_aligned = y
        moved = np.linalg.norm(y_aligned - x)
        x = y
        k += 1
        if moved < tol:
            break
    eigenvalue = x.dot(A.dot(x)) / x.dot(x)
    return float(eigenvalue), x
