import numpy as np


def gini(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / counts.sum()
    return 1 - (p ** 2).sum()


def best_split(X, y):
    N = len(y)
    best_score, best = None, None
    for f in range(X.shape[1]):
        u = np.unique(X[:, f])
        for t in u[:-1]:                      # split "x <= t" at each observed value
            mask = X[:, f] <= t
            n_l = mask.sum()
            score = (n_l * gini(y[mask]) + (N - n_l) * gini(y[~mask])) / N
            if best_score is None or score < best_score - 1e-12:
                best_score, best = score, (f, float(t))
    return best[0], best[1], float(gini(y) - best_score)
