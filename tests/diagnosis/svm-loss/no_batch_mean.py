# kind: unlisted
# expect: generic:constant-factor
# why: never divides by N: loss and dx are both N times the batch mean
import numpy as np


def svm_loss(x, y):
    n = x.shape[0]
    rows = np.arange(n)
    margins = np.maximum(0, x - x[rows, y][:, np.newaxis] + 1)
    margins[rows, y] = 0
    loss = margins.sum()
    dx = (margins > 0).astype(np.float64)
    dx[rows, y] = -np.sum(dx, axis=1)
    return float(loss), dx
