# kind: harmless
# expect: counts-correct-class
# why: the correct class's margin of 1 is left in the loss and in the count; looping over rows and np.clip for the hinge are fine
import numpy as np


def svm_loss(x, y):
    n = x.shape[0]
    total = 0.0
    dx = np.zeros(x.shape)
    for i in range(n):
        row = x[i]
        m = np.clip(row - row[y[i]] + 1.0, 0.0, None)   # hinge of every class
        total += m.sum()
        active = (m > 0).astype(float)
        dx[i] = active
        dx[i, y[i]] = -active.sum()
    return total / n, dx / n
