import numpy as np


def lbfgs_direction(g, s_list, y_list):
    q = np.copy(g).astype(np.float64)
    if not s_list:
        return -q
    S = np.array(s_list, dtype=float)        # (m, D), oldest first
    Y = np.array(y_list, dtype=float)
    rho = 1.0 / np.einsum("ij,ij->i", S, Y)
    a = {}
    for i in reversed(range(len(S))):
        a[i] = rho[i] * S[i].dot(q)
        q = q - a[i] * Y[i]
    gamma = S[-1].dot(Y[-1]) / Y[-1].dot(Y[-1])
    r = gamma * q
    for i in range(len(S)):
        b = rho[i] * Y[i].dot(r)
        r = r + S[i] * (a[i] - b)
    return -1.0 * r
