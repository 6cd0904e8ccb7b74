import numpy as np


def softmax_loss(x, y):
    n, c = x.shape
    total = 0.0
    dx = np.zeros((n, c))
    for i in range(n):
        row = x[i] - x[i].max()
        log_z = np.log(np.exp(row).sum())
        total += log_z - row[y[i]]              # -log p of the correct class
        dx[i] = np.exp(row - log_z)
        dx[i, y[i]] -= 1
    return total / n, dx / n
