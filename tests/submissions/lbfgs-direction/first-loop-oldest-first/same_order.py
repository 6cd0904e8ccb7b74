import numpy as np


def lbfgs_direction(g, s_list, y_list):
    m = len(s_list)
    q = np.array(g, dtype=float)
    alphas = []
    for s, y in zip(s_list, y_list):            # go through the history
        a = (s @ q) / (y @ s)
        alphas.append(a)
        q = q - a * y
    gamma = (s_list[-1] @ y_list[-1]) / (y_list[-1] @ y_list[-1]) if m else 1.0
    r = gamma * q
    for s, y, a in zip(s_list, y_list, alphas):
        b = (y @ r) / (y @ s)
        r = r + (a - b) * s
    return -r
