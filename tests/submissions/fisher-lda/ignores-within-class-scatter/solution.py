import numpy as np


def fisher_lda(X, y):
    a, b = X[y == 0], X[y == 1]
    ma, mb = a.mean(0), b.mean(0)
    Sw = (a - ma).T @ (a - ma) + (b - mb).T @ (b - mb)
    v = mb - ma
    w = v / np.linalg.norm(v)
    t = (w @ ma + w @ mb) / 2
    return w, float(t)
