import numpy as np


def svm_loss(x, y):
    num, classes = x.shape
    loss = 0.0
    dx = np.zeros_like(x, dtype=float)
    for i in range(num):
        for j in range(classes):
            if j == y[i]:
                continue
            margin = x[i, j] - x[i, y[i]] + 1
            if margin > 0:
                loss += margin
                dx[i, j] += 1
                dx[i, y[i]] -= 1
    return loss / num, dx / num
