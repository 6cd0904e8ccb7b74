# Mistake: margins-not-clamped. The reference without max(0, .): every wrong class's margin
# counts, negative or not, and so does its gradient (1 for each wrong class, -(C - 1) for the correct one).
import numpy as np


def svm_loss(x, y):
    n = x.shape[0]
    rows = np.arange(n)
    correct = x[rows, y][:, None]                      # (N, 1): each row's correct-class score
    margins = x - correct + 1.0                        # (N, C), not clamped at 0
    margins[rows, y] = 0.0                             # the sum runs over j != y only
    loss = margins.sum() / n
    dx = np.ones(margins.shape)                        # +1 for every wrong class
    dx[rows, y] = 1 - dx.sum(axis=1)                   # -(C - 1) for the correct class
    return float(loss), dx / n
