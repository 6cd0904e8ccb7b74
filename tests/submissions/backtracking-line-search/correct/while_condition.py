import numpy as np


def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    f0 = f(x)
    directional = float(g @ p)
    alpha = 1.0
    evals = 2
    while f(x + alpha * p) > f0 + c * alpha * directional:
        alpha = alpha * rho
        evals += 1
    return float(alpha), evals
