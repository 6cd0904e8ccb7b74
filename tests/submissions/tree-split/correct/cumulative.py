import numpy as np


def best_split(X, y):
    N, D = X.shape
    C = y.max() + 1
    onehot = np.eye(C)[y]                                 # (N, C)
    total = onehot.sum(axis=0)
    parent = 1.0 - np.sum((total / N) ** 2)
    best = (np.inf, None, None)
    all_cands = []
    for j in range(D):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left_counts = np.cumsum(onehot[order], axis=0)[:-1]     # split after position i
        n_left = np.arange(1, N)
        valid = xs[1:] > xs[:-1]
        if not valid.any():
            continue
        right_counts = total - left_counts
        n_right = N - n_left
        # n * gini = n - sum(c^2) / n
        imp = (n_left - (left_counts ** 2).sum(1) / n_left + n_right - (right_counts ** 2).sum(1) / n_right) / N
        thr = (xs[:-1] + xs[1:]) / 2
        for i in np.flatnonzero(valid):
            all_cands.append((imp[i], j, thr[i]))
    m = min(c[0] for c in all_cands)
    for imp_, j, t in all_cands:
        if imp_ <= m + 1e-12:
            return int(j), float(t), float(parent - imp_)
