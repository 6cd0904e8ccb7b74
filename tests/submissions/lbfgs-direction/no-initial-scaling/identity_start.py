import numpy as np


def lbfgs_direction(g, s_list, y_list):
    m = len(s_list)
    q = g.copy()
    alpha = [0.0] * m
    for i in reversed(range(m)):
        alpha[i] = np.dot(s_list[i], q) / np.dot(y_list[i], s_list[i])
        q = q - alpha[i] * y_list[i]
    r = q                                   # H0 = identity
    for i in range(m):
        beta = np.dot(y_list[i], r) / np.dot(y_list[i], s_list[i])
        r = r + (alpha[i] - beta) * s_list[i]
    return -r
