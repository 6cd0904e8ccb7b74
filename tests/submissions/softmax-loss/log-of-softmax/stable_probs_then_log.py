import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    loss = 0.0
    dx = np.empty(x.shape)
    for i in range(n):
        e = np.exp(x[i] - np.max(x[i]))
        p = e / e.sum()
        loss -= np.log(p[y[i]])
        dx[i] = p
        dx[i, y[i]] -= 1
    return loss / n, dx / n
