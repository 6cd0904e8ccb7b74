import numpy as np


def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    fx = f(x)
    count = 1
    alpha = 1.0
    decrease = -np.sum(g ** 2)          # slope of f along the step
    while True:
        count += 1
        if f(x + alpha * p) <= fx + c * alpha * decrease:
            break
        alpha *= rho
    return float(alpha), count
