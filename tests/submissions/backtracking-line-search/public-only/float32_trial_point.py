# wrong: evaluates f at a float32 trial point
import numpy as np
def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    fx = f(x); slope = float(np.dot(g, p)); alpha = 1.0; n = 1
    while True:
        n += 1
        if f((x + alpha * p).astype(np.float32)) <= fx + c * alpha * slope:
            return float(alpha), n
        alpha *= rho
