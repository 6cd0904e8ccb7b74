import numpy as np


def backtracking_line_search(f, x, g, p, rho=0.5, c=1e-4):
    f_start = f(x)
    n = 1
    a = 1.0
    while True:
        n += 1
        if f(x + a * p) < f_start:       # step made f smaller: good enough
            return a, n
        a *= rho
