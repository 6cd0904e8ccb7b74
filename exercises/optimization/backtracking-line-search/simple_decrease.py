import numpy as np


def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    fx = f(x)
    num_evals = 1
    slope = float(np.dot(g, p))
    alpha = 1.0
    while True:
        num_evals += 1
        if f(x + alpha * p) < fx:   # the slip: any decrease is accepted
            return alpha, num_evals
        alpha *= rho
