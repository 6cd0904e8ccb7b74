import numpy as np
def boosting_step(X, y, pred, learning_rate):
    r = y - pred; best = None
    for j in range(X.shape[1]):
        u = np.unique(X[:, j])
        for t in (u[1:] + u[:-1]) / 2:
            m = X[:, j] <= t
            e = ((r[m] - r[m].mean()) ** 2).sum() + ((r[~m] - r[~m].mean()) ** 2).sum()
            if best is None or e < best[0] - 1e-9:
                best = (e, j, float(t))
    _, j, t = best
    m = X[:, j] <= t
    lv, rv = learning_rate * float(r[m].mean()), learning_rate * float(r[~m].mean())
    return (j, t, lv, rv), pred + np.where(m, lv, rv)
