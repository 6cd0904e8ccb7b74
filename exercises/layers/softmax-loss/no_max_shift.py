import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    e = np.exp(x)
    z = np.sum(e, axis=1, keepdims=True)
    loss = np.mean(np.log(z[:, 0]) - x[np.arange(n), y])
    dx = e / z
    dx[np.arange(n), y] -= 1.0
    return float(loss), dx / n
