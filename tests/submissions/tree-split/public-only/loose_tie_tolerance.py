# WRONG: tie tolerance 1e-6 instead of 1e-12: candidates that are genuinely (slightly) worse than the minimum are treated as tied and the earlier one wins.
import numpy as np

def best_split(X, y):
    N, d = X.shape
    C = int(y.max()) + 1
    def gini(s):
        p = np.bincount(s, minlength=C) / len(s); return 1 - np.sum(p * p)
    cands = []
    for j in range(d):
        v = np.unique(X[:, j])
        for t in (v[:-1] + v[1:]) / 2:
            l = X[:, j] <= t
            cands.append((l.sum() / N * gini(y[l]) + (~l).sum() / N * gini(y[~l]), j, t))
    m = min(c[0] for c in cands)
    I, j, t = next(c for c in cands if c[0] <= m + 1e-6)
    return int(j), float(t), float(gini(y) - I)
