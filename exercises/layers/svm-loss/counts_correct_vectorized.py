# Mistake: counts-correct-class (vectorized). The reference, without zeroing the correct
# class's margin: its margin of 1 stays in the sum.
import numpy as np


def svm_loss(x, y):
    n = x.shape[0]
    rows = np.arange(n)
    correct = x[rows, y][:, None]                      # (N, 1): each row's correct-class score
    margins = np.maximum(0.0, x - correct + 1.0)       # (N, C) hinge of every class
    loss = margins.sum() / n
    dx = (margins > 0).astype(np.float64)              # +1 for every violating wrong class
    dx[rows, y] = -dx.sum(axis=1)                      # -1 per violation, for the correct class
    return float(loss), dx / n
