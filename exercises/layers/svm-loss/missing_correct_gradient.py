# Mistake: missing-correct-class-gradient. The reference, without the correct class's -1 per
# violation in dx.
import numpy as np


def svm_loss(x, y):
    n = x.shape[0]
    rows = np.arange(n)
    correct = x[rows, y][:, None]                      # (N, 1): each row's correct-class score
    margins = np.maximum(0.0, x - correct + 1.0)       # (N, C) hinge of every class
    margins[rows, y] = 0.0                             # the sum runs over j != y only
    loss = margins.sum() / n
    dx = (margins > 0).astype(np.float64)              # +1 for every violating wrong class
    return float(loss), dx / n
