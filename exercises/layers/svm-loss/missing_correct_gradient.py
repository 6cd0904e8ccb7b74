import numpy as np


def svm_loss(x, y):
    n = x.shape[0]
    rows = np.arange(n)
    margins = np.maximum(0.0, x - x[rows, y][:, None] + 1.0)
    margins[rows, y] = 0.0
    loss = margins.sum() / n
    dx = (margins > 0).astype(np.float64) / n
    return float(loss), dx
