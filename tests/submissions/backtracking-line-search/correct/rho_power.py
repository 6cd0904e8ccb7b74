# right: alpha = rho**k (power, not repeated multiplication): differs from the product in the last bits only
import numpy as np
def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    fx = f(x); gp = float(g @ p); k = 0
    while f(x + rho ** k * p) > fx + c * rho ** k * gp:
        k += 1
    return float(rho ** k), k + 2
