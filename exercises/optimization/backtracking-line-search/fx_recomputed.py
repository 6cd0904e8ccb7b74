import numpy as np


def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    num_evals = 0
    slope = float(np.dot(g, p))
    alpha = 1.0
    while True:
        fx = f(x)   # the slip: f(x) again at every trial
        num_evals += 2
        if f(x + alpha * p) <= fx + c * alpha * slope:
            return alpha, num_evals
        alpha *= rho
