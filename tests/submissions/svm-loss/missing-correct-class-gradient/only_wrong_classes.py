import numpy as np


def svm_loss(x, y):
    n, c = x.shape
    loss = 0.0
    dx = np.zeros((n, c))
    for i in range(n):
        for j in range(c):
            if j != y[i]:
                m = x[i, j] - x[i, y[i]] + 1
                if m > 0:
                    loss += m
                    dx[i, j] = 1.0 / n
    return loss / n, dx
