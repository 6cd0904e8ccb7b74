# kind: combined
# expect: margins-not-clamped, counts-correct-class
# why: sums x - x_y + 1 over every column, the correct one included, without max(0, .); every wrong class counts in dx
import numpy as np


def svm_loss(x, y):
    N, C = x.shape
    idx = np.arange(N)
    s_y = x[idx, y].reshape(-1, 1)
    margins = x - s_y + 1                 # (N, C)
    loss = np.sum(margins) / N
    grad = np.ones((N, C))
    grad[idx, y] = 0
    grad[idx, y] = -grad.sum(axis=1)
    return float(loss), grad / N
