import numpy as np


def mmd2(X, Y, bandwidth):
    # one Python loop over the rows of a sample, vectorized over the other: not over pairs
    scale = 2.0 * bandwidth ** 2
    n, m = len(X), len(Y)
    xx = yy = xy = 0.0
    for i in range(n):
        row = np.exp(-np.sum((X - X[i]) ** 2, axis=1) / scale)
        xx += row.sum() - row[i]
        xy += np.exp(-np.sum((Y - X[i]) ** 2, axis=1) / scale).sum()
    for j in range(m):
        row = np.exp(-np.sum((Y - Y[j]) ** 2, axis=1) / scale)
        yy += row.sum() - row[j]
    return xx / (n * (n - 1)) + yy / (m * (m - 1)) - 2 * xy / (n * m)
