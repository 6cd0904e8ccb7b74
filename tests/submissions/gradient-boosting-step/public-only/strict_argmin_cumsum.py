# WRONG: sorted cumulative sums with no tie tolerance (a strict argmin): on constant residuals the rounding noise of the SSEs decides the split instead of the first-candidate rule.
import numpy as np

def boosting_step(X, y, pred, learning_rate):
    r = y - pred
    N, d = X.shape
    tot = r.sum(); sq = (r * r).sum()
    best, arg = np.inf, None
    for j in range(d):
        o = np.argsort(X[:, j], kind='stable')
        xs = X[o, j]; cs = np.cumsum(r[o])
        for i in np.flatnonzero(xs[1:] != xs[:-1]):
            nl = i + 1; nr = N - nl
            sse = sq - cs[i] ** 2 / nl - (tot - cs[i]) ** 2 / nr
            if sse < best:
                best, arg = sse, (j, (xs[i] + xs[i + 1]) / 2)
    j, t = arg
    left = X[:, j] <= t
    lv = float(r[left].mean()); rv = float(r[~left].mean())
    return (int(j), float(t), lv, rv), pred + learning_rate * np.where(left, lv, rv)
