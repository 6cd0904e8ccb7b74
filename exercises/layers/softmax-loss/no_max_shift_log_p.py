import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    p = np.exp(x)
    p /= np.sum(p, axis=1, keepdims=True)
    loss = -np.sum(np.log(p[np.arange(n), y])) / n
    dx = p.copy()
    dx[np.arange(n), y] -= 1.0
    return float(loss), dx / n
