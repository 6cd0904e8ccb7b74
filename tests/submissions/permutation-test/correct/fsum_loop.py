import math

import numpy as np


def permutation_test(x, y, B, rng):
    data = list(x) + list(y)
    nx = len(x)
    ny = len(y)
    t = math.fsum(x) / nx - math.fsum(y) / ny
    tol = 1e-9 * (1 + abs(t))
    hits = 0
    for _ in range(B):
        order = rng.permutation(nx + ny)
        a = math.fsum(data[i] for i in order[:nx]) / nx
        b = math.fsum(data[i] for i in order[nx:]) / ny
        if abs(a - b) >= abs(t) - tol:
            hits += 1
    return (hits + 1) / (B + 1)
