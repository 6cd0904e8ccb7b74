import numpy as np


def gini(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / counts.sum()
    return 1 - (p ** 2).sum()


def best_split(X, y):
    best_score, best = None, None
    for f in range(X.shape[1]):
        u = np.unique(X[:, f])
        for t in (u[:-1] + u[1:]) / 2:
            mask = X[:, f] <= t
            score = 0.5 * (gini(y[mask]) + gini(y[~mask]))
            if best_score is None or score < best_score - 1e-12:
                best_score, best = score, (f, float(t))
    return best[0], best[1], float(gini(y) - best_score)
