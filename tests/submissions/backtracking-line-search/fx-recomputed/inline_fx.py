import numpy as np


def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    alpha = 1.0
    evals = 0
    while True:
        evals += 2
        if f(x + alpha * p) <= f(x) + c * alpha * np.dot(g, p):
            return alpha, evals
        alpha *= rho
