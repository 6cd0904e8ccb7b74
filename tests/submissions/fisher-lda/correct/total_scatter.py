import numpy as np


def fisher_lda(X, y):
    # total scatter gives the same direction as the within-class scatter (Sherman-Morrison)
    mu0 = X[y == 0].mean(axis=0)
    mu1 = X[y == 1].mean(axis=0)
    Xc = X - X.mean(axis=0)
    S_T = Xc.T @ Xc
    v = np.linalg.solve(S_T, mu1 - mu0)
    v = v / np.sqrt(np.sum(v ** 2))
    if v @ (mu1 - mu0) < 0:
        v = -v
    return v, float(v @ (mu0 + mu1)) / 2
