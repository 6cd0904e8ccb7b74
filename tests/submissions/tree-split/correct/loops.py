import numpy as np


def _gini(ys):
    n = len(ys)
    counts = {}
    for v in ys:
        counts[v] = counts.get(v, 0) + 1
    return 1.0 - sum((c / n) ** 2 for c in counts.values())


def best_split(X, y):
    n, d = X.shape
    ylist = [int(v) for v in y]
    results = []
    for j in range(d):
        vals = sorted(set(float(v) for v in X[:, j]))
        for lo, hi in zip(vals, vals[1:]):
            thr = (lo + hi) / 2
            left = [ylist[i] for i in range(n) if X[i, j] <= thr]
            right = [ylist[i] for i in range(n) if X[i, j] > thr]
            imp = len(left) / n * _gini(left) + len(right) / n * _gini(right)
            results.append((imp, j, thr))
    best = min(r[0] for r in results)
    imp, j, thr = next(r for r in results if r[0] <= best + 1e-12)
    return j, thr, _gini(ylist) - imp
