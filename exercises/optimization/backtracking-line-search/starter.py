import numpy as np


def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    """Shrink the step along p until the Armijo condition holds.

    Tries alpha = 1, rho, rho**2, ... and returns (alpha, num_evals): the first alpha with
    f(x + alpha p) <= f(x) + c alpha (g . p), and the number of calls made to f, f(x) included.
    """
    raise NotImplementedError("backtracking_line_search")
