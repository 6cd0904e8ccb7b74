# WRONG: tie tolerance relative to SSE_min (SSE <= SSE_min*(1 + 1e-9)) with no SST or absolute term: constant residuals give rounding-noise SSEs that are not treated as tied.
import numpy as np

def boosting_step(X, y, pred, learning_rate):
    r = y - pred
    N, d = X.shape
    cands = []
    for j in range(d):
        v = np.unique(X[:, j])
        for t in (v[:-1] + v[1:]) / 2:
            l = X[:, j] <= t
            cands.append((((r[l] - r[l].mean()) ** 2).sum() + ((r[~l] - r[~l].mean()) ** 2).sum(), j, t))
    m = min(c[0] for c in cands)
    _, j, t = next(c for c in cands if c[0] <= m * (1 + 1e-9))
    l = X[:, j] <= t
    lv, rv = float(r[l].mean()), float(r[~l].mean())
    return (int(j), float(t), lv, rv), pred + learning_rate * np.where(l, lv, rv)
