import numpy as np


def lbfgs_direction(g, s_list, y_list):
    q = np.array(g, dtype=float)
    m = len(s_list)
    rhos = [1.0 / np.dot(y_list[i], s_list[i]) for i in range(m)]
    alphas = [0.0] * m
    for i in range(m):   # the slip: oldest first
        alphas[i] = rhos[i] * np.dot(s_list[i], q)
        q = q - alphas[i] * y_list[i]
    gamma = 1.0
    if m > 0:
        gamma = np.dot(s_list[-1], y_list[-1]) / np.dot(y_list[-1], y_list[-1])
    r = gamma * q
    for i in range(m):
        beta = rhos[i] * np.dot(y_list[i], r)
        r = r + (alphas[i] - beta) * s_list[i]
    return -r
