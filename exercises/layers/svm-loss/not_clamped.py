import numpy as np


def svm_loss(x, y):
    n, c = x.shape
    rows = np.arange(n)
    margins = x - x[rows, y][:, None] + 1.0
    margins[rows, y] = 0.0
    loss = margins.sum() / n
    dx = np.ones((n, c))
    dx[rows, y] = -(c - 1)
    return float(loss), dx / n
