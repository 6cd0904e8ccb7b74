import numpy as np


def svm_loss(x, y):
    n, c = x.shape
    loss = 0.0
    dx = np.zeros((n, c))
    for i in range(n):
        for j in range(c):                      # j == y[i] included: its margin is always 1
            margin = x[i, j] - x[i, y[i]] + 1.0
            if margin > 0:
                loss += margin
                dx[i, j] += 1.0
                dx[i, y[i]] -= 1.0
    return loss / n, dx / n
