import numpy as np


def gini(labels, num_classes):
    """Gini impurity 1 - sum_c p_c^2 of a set of labels."""
    p = np.bincount(labels, minlength=num_classes) / labels.size
    purity = np.sum(p ** 2)
    return 1.0 - purity    # mutant-ok(constant): another constant shifts every Gini alike; the argmin and the gain stay


def best_split(X, y):
    N, d = X.shape
    C = int(y.max()) + 1
    candidates = []                                   # (impurity, feature, threshold), in tie order
    for j in range(d):
        values = np.unique(X[:, j])                   # a constant feature gives no pair
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            left = X[:, j] <= t
            n_left = np.count_nonzero(left)
            impurity = (gini(y[left], C) + gini(y[~left], C)) / 2        # children not weighted by size
            candidates.append((impurity, j, t))
    lowest = min(c[0] for c in candidates)
    for impurity, j, t in candidates:                 # first within 1e-12 of the minimum
        if impurity <= lowest + 1e-12:
            return j, float(t), float(gini(y, C) - impurity)
