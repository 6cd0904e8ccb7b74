# WRONG: no tie tolerance: keeps the first candidate with strictly smaller I, so a float-unequal but exactly-equal impurity from a later feature can win.
import numpy as np

def best_split(X, y):
    N, d = X.shape
    C = int(y.max()) + 1
    def gini(s):
        p = np.bincount(s, minlength=C) / len(s); return 1 - np.sum(p * p)
    bestI, best = np.inf, None
    for j in range(d):
        v = np.unique(X[:, j])
        for t in (v[:-1] + v[1:]) / 2:
            l = X[:, j] <= t
            I = l.sum() / N * gini(y[l]) + (~l).sum() / N * gini(y[~l])
            if I < bestI:
                bestI, best = I, (j, t)
    return int(best[0]), float(best[1]), float(gini(y) - bestI)
