"""The speed check's baseline: a time budget, not a program to beat.

It is the two-loop recursion plus a 0.2 s pause, and the speed check asks for at least 0.1x
its speed: the learner's call must take at most about 2 s for D = 2e5, m = 10. The loops
need milliseconds; a D x D matrix does not fit in memory at all.
"""
import time

import numpy as np

PAUSE = 0.2


def lbfgs_direction(g, s_list, y_list):
    time.sleep(PAUSE)
    q = np.array(g, dtype=float)
    m = len(s_list)
    rhos = [1.0 / np.dot(y_list[i], s_list[i]) for i in range(m)]
    alphas = [0.0] * m
    for i in reversed(range(m)):
        alphas[i] = rhos[i] * np.dot(s_list[i], q)
        q = q - alphas[i] * y_list[i]
    r = q * (np.dot(s_list[-1], y_list[-1]) / np.dot(y_list[-1], y_list[-1]) if m else 1.0)
    for i in range(m):
        r = r + (alphas[i] - rhos[i] * np.dot(y_list[i], r)) * s_list[i]
    return -r
