import numpy as np


def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    fx = f(x)
    calls = 1
    gp = sum(gi * pi for gi, pi in zip(g, p))
    step = 1.0
    for _ in range(10000):
        candidate = [xi + step * pi for xi, pi in zip(x, p)]
        calls += 1
        if f(np.array(candidate)) <= fx + c * step * gp:
            break
        step *= rho
    return step, calls
