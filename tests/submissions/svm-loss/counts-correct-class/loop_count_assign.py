import numpy as np


def svm_loss(x, y):
    N, C = x.shape
    loss = 0.0
    dx = np.zeros((N, C))
    for i in range(N):
        violations = 0
        for j in range(C):
            margin = x[i, j] - x[i, y[i]] + 1.0
            if margin > 0:
                loss += margin
                dx[i, j] = 1.0
                violations += 1
        dx[i, y[i]] = -violations
    return loss / N, dx / N
