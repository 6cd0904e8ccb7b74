import numpy as np


def lbfgs_direction(g, s_list, y_list):
    q = np.array(g, dtype=float)
    m = len(s_list)
    rho = [1 / np.dot(y_list[k], s_list[k]) for k in range(m)]
    alpha = np.empty(m)
    for k in range(m - 1, -1, -1):
        alpha[k] = rho[k] * np.dot(s_list[k], q)
        q = q - alpha[k] * y_list[k]
    gamma = 1.0
    if m:
        gamma = np.dot(s_list[0], y_list[0]) / np.dot(y_list[0], y_list[0])
    r = gamma * q
    for k in range(m):
        r = r + (alpha[k] - rho[k] * np.dot(y_list[k], r)) * s_list[k]
    return -r
