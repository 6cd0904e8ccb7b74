import numpy as np


def lbfgs_direction(g, s_list, y_list):
    m = len(s_list)
    if m == 0:
        return -np.array(g, dtype=float)
    q = g.astype(float)                      # a copy: g stays untouched
    alpha = np.zeros(m)
    rho = np.array([1.0 / (y @ s) for s, y in zip(s_list, y_list)])
    for i in range(m - 1, -1, -1):
        alpha[i] = rho[i] * (s_list[i] @ q)
        q -= alpha[i] * y_list[i]
    s_new, y_new = s_list[-1], y_list[-1]
    r = q * ((s_new @ y_new) / (y_new @ y_new))
    for i in range(m):
        beta = rho[i] * (y_list[i] @ r)
        r += (alpha[i] - beta) * s_list[i]
    return -r
