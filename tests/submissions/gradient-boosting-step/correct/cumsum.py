import numpy as np


def boosting_step(X, y, pred, learning_rate):
    r = y - pred
    N, D = X.shape
    sst = ((r - r.mean()) ** 2).sum()
    cands = []
    for j in range(D):
        order = np.argsort(X[:, j], kind="stable")
        xs, rs = X[order, j], r[order]
        cs, cs2 = np.cumsum(rs), np.cumsum(rs ** 2)
        nl = np.arange(1, N)
        sl, sl2 = cs[:-1], cs2[:-1]
        sr, sr2 = cs[-1] - sl, cs2[-1] - sl2
        err = (sl2 - sl ** 2 / nl) + (sr2 - sr ** 2 / (N - nl))
        for i in np.flatnonzero(xs[1:] > xs[:-1]):
            cands.append((err[i], j, (xs[i] + xs[i + 1]) / 2))
    emin = min(c[0] for c in cands)
    _, j, t = next(c for c in cands if c[0] <= emin + 1e-9 * sst + 1e-12)
    mask = X[:, j] <= t
    lv, rv = r[mask].mean(), r[~mask].mean()
    return (int(j), float(t), float(lv), float(rv)), pred + learning_rate * np.where(mask, lv, rv)
