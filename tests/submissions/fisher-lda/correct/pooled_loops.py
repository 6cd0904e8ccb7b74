import numpy as np


def fisher_lda(X, y):
    N, D = X.shape
    means = {}
    for c in (0, 1):
        means[c] = np.mean(X[y == c], axis=0)
    S = np.zeros((D, D))
    for i in range(N):
        diff = X[i] - means[int(y[i])]
        S += np.outer(diff, diff)
    S /= N - 2                                    # pooled covariance: same direction
    v = np.linalg.solve(S, means[1] - means[0])
    w = v / np.linalg.norm(v)
    thr = 0.5 * (w @ means[0] + w @ means[1])
    return w, float(thr)
