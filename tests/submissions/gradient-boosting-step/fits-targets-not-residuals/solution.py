import numpy as np


def boosting_step(X, y, pred, learning_rate):
    target = np.asarray(y, dtype=float)
    best = None
    for j in range(X.shape[1]):
        u = np.unique(X[:, j])
        for t in (u[1:] + u[:-1]) / 2:
            m = X[:, j] <= t
            e = ((target[m] - target[m].mean()) ** 2).sum() + ((target[~m] - target[~m].mean()) ** 2).sum()
            if best is None or e < best[0] - 1e-9:
                best = (e, j, float(t))
    _, j, t = best
    m = X[:, j] <= t
    lv, rv = float(target[m].mean()), float(target[~m].mean())
    return (j, t, lv, rv), pred + learning_rate * np.where(m, lv, rv)
