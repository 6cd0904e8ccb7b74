# kind: unlisted
# expect: generic:missing-keepdims
# why: x[rows, y] has shape (N,), without [:, None] it lines up with the class axis, not the rows (fails when N != C, right only for N = 1)
import numpy as np


def svm_loss(x, y):
    n = x.shape[0]
    rows = np.arange(n)
    margins = np.maximum(0.0, x - x[rows, y] + 1.0)
    margins[rows, y] = 0.0
    loss = margins.sum() / n
    dx = np.where(margins > 0, 1.0, 0.0)
    dx[rows, y] = -dx.sum(axis=1)
    return float(loss), dx / n
