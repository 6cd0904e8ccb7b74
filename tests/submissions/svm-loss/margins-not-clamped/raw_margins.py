import numpy as np


def svm_loss(x, y):
    n, c = x.shape
    loss = 0.0
    dx = np.zeros((n, c))
    for i in range(n):
        for j in range(c):
            if j == y[i]:
                continue
            loss += x[i, j] - x[i, y[i]] + 1
            dx[i, j] += 1
            dx[i, y[i]] -= 1
    return loss / n, dx / n
