# wrong: gives up after 40 trials (hidden cases may need up to 60) and returns None
import numpy as np
def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    fx = f(x); slope = float(np.dot(g, p)); alpha = 1.0; n = 1
    for _ in range(40):
        n += 1
        if f(x + alpha * p) <= fx + c * alpha * slope:
            return float(alpha), n
        alpha *= rho
